namespace ServiceStackCompat.NativeTypes;

/// <summary>The members the shared options add to DTOs, in every language that honours them.</summary>
public sealed partial class NativeTypesContext
{
    /// <summary>AddResponseStatus: a response DTO gets a ResponseStatus unless it or a base class has one.</summary>
    public bool AddsResponseStatus(NativeType type) =>
        Options.AddResponseStatus && type.IsResponse && !HasResponseStatus(type);

    /// <summary>AddImplicitVersion: a request DTO without a Version member gets one with this value.</summary>
    public int? ImplicitVersionOf(NativeType type) =>
        Options.AddImplicitVersion is { } version && type.IsRequest && !type.HasProperty("Version") ? version : null;

    private bool HasResponseStatus(NativeType type)
    {
        for (NativeType? t = type; t is not null; t = t.BaseType is null ? null : Find(t.BaseType))
            if (t.HasProperty("ResponseStatus")) return true;
        return false;
    }
}
