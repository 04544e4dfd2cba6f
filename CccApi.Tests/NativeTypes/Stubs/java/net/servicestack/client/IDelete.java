// Stub of the ServiceStack Java client's IDelete, for compiling generated DTOs with javac.
package net.servicestack.client;

public interface IDelete {
}
