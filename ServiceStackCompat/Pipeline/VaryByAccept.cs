namespace ServiceStackCompat.Pipeline;

/// <summary>
/// <c>Vary: Accept</c>, as a ServiceStack host sends on every answer but its HTML metadata pages: the same URL
/// answers in another format for another Accept header, so a cache must key on it.
/// </summary>
internal static class VaryByAccept
{
    public static void Apply(HttpResponse response) => response.Headers.Vary = "Accept";
}
