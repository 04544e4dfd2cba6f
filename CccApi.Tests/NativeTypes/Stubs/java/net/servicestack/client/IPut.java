// Stub of the ServiceStack Java client's IPut, for compiling generated DTOs with javac.
package net.servicestack.client;

public interface IPut {
}
