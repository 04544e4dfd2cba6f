namespace ServiceStackCompat;

/// <summary>A response DTO that can carry a <see cref="ServiceStackCompat.ResponseStatus"/>.</summary>
public interface IHasResponseStatus
{
    ResponseStatus? ResponseStatus { get; set; }
}
