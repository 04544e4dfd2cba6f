// Stub of the ServiceStack Java client's TimeSpan, for compiling generated DTOs with javac.
package net.servicestack.client;

public class TimeSpan {
}
