// Stub of the ServiceStack Java client's IPost, for compiling generated DTOs with javac.
package net.servicestack.client;

public interface IPost {
}
