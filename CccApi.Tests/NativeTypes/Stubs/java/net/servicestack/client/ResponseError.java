// Stub of the ServiceStack Java client's ResponseError, for compiling generated DTOs with javac.
package net.servicestack.client;

public class ResponseError {
    public String errorCode;
    public String fieldName;
    public String message;
}
