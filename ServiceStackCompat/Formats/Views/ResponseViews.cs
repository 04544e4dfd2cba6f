using System.Collections.Frozen;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Formats.Views;

/// <summary>
/// The views registered for response types, checked and indexed once when the host starts: each names a format the
/// host speaks and a type some operation returns, and no two are for the same type and format. A request finds its
/// view with one dictionary lookup by the response's type; a JSONP answer (JSON in a callback) has none.
/// </summary>
public sealed class ResponseViews
{
    private readonly FrozenDictionary<(Type, WireFormat), ResponseView> _views;

    public ResponseViews(IEnumerable<ResponseView> views, ServiceMetadata metadata, FormatRegistry formats)
    {
        var returned = metadata.Operations.Select(o => o.ResponseType).OfType<Type>().ToHashSet();
        var byKey = new Dictionary<(Type, WireFormat), ResponseView>();
        foreach (var view in views)
        {
            var format = formats.FindByName(view.FormatName)
                ?? throw new InvalidOperationException($"A view of {view.ResponseType.Name} is registered for the format '{view.FormatName}', which the host does not speak.");
            if (!returned.Contains(view.ResponseType))
                throw new InvalidOperationException($"A {format.Name} view is registered for {view.ResponseType.FullName}, which no operation returns.");
            if (!byKey.TryAdd((view.ResponseType, format), view))
                throw new InvalidOperationException($"Two {format.Name} views are registered for {view.ResponseType.FullName}; a response type has at most one per format.");
        }
        _views = byKey.ToFrozenDictionary();
    }

    /// <summary>How many views are registered.</summary>
    public int Count => _views.Count;

    /// <summary>The view that writes <paramref name="dto"/> in <paramref name="format"/>, or null for the format's generic writing.</summary>
    public ResponseView? Find(object dto, ResponseFormat format) =>
        _views.Count == 0 || format.Callback is not null ? null : _views.GetValueOrDefault((dto.GetType(), format.Format));
}
