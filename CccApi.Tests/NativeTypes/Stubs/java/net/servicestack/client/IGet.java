// Stub of the ServiceStack Java client's IGet, for compiling generated DTOs with javac.
package net.servicestack.client;

public interface IGet {
}
