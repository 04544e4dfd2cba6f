// Stub of the ServiceStack Java client's IReturnVoid, for compiling generated DTOs with javac.
package net.servicestack.client;

public interface IReturnVoid {
}
