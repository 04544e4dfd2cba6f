namespace ServiceStackCompat;

/// <summary>A response DTO that can carry a <see cref="Annotations.ResponseStatus"/>.</summary>
public interface IHasResponseStatus
{
    ResponseStatus? ResponseStatus { get; set; }
}
