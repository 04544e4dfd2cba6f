// Stub of the ServiceStack Java client's ResponseStatus, for compiling generated DTOs with javac.
package net.servicestack.client;

import java.util.ArrayList;

public class ResponseStatus {
    public String errorCode;
    public String message;
    public String stackTrace;
    public ArrayList<ResponseError> errors;
}
