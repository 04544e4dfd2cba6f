// Stub of the ServiceStack Java client's IReturn, for compiling generated DTOs with javac.
package net.servicestack.client;

public interface IReturn<T> {
    Object getResponseType();
}
