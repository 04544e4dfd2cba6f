namespace CccApi.ServiceInterface.Usage;

/// <summary>The pages type the usage figures Integer (32 bits): a sum beyond that shows as its largest value rather than wrapping.</summary>
internal static class WireIntegers
{
    public static int Saturated(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
