// Stub of the ServiceStack Java client's IPatch, for compiling generated DTOs with javac.
package net.servicestack.client;

public interface IPatch {
}
