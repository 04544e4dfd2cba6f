using System.Collections.Concurrent;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>An operation's sample bodies in one format; Response is null for an operation that returns nothing.</summary>
internal sealed record SampleBodies(string Request, string? Response);

/// <summary>The sample request and response bodies of each operation page, built once per operation and format.</summary>
internal sealed class OperationSamples
{
    private readonly ConcurrentDictionary<(string Operation, string Format), SampleBodies> _bodies = new();
    private readonly Lazy<ShapeFactory> _otherShapes = new(() => new ShapeFactory());

    public SampleBodies For(OperationModel operation, SampleFormat format) =>
        _bodies.GetOrAdd((operation.Name, format.Name), _ => Create(operation, format));

    private SampleBodies Create(OperationModel operation, SampleFormat format)
    {
        var request = format.Body(SampleValues.Create(operation.Request), operation.Name);
        var response = ResponseDto(operation) is { } dto ? format.Body(dto, operation.Name) : null;
        return new SampleBodies(request, response);
    }

    /// <summary>The response sample: the response class populated, or (for a list response) a one-element list.</summary>
    private object? ResponseDto(OperationModel operation)
    {
        if (operation.ResponseModel is { } model) return SampleValues.Create(model);
        if (operation.ResponseType is null) return null;
        lock (_otherShapes)
            return SampleValues.Create(_otherShapes.Value.GetShape(operation.ResponseType));
    }
}
