namespace ServiceStackCompat.Validation;

/// <summary>The largest value a validator lets a DTO member hold: characters of a string, items of a collection.</summary>
public readonly record struct MemberLimits(int? MaxLength, int? MaxItems)
{
    /// <summary>The tighter of two sets of limits (a type validated by two parents keeps the smaller of each).</summary>
    public MemberLimits Tighten(MemberLimits other) => new(Min(MaxLength, other.MaxLength), Min(MaxItems, other.MaxItems));

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
