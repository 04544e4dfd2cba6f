namespace ServiceStackCompat.MetadataPages;

/// <summary>
/// Absolute links of the metadata pages, built from the request as ServiceStack builds them
/// (scheme, host and port the caller used, then the mount point).
/// </summary>
internal readonly record struct PageUrls(string Root)
{
    public static PageUrls For(HttpRequest request, string basePath) =>
        new($"{request.Scheme}://{request.Host.Value}{request.PathBase.Value}{basePath}");

    /// <summary>The operations index.</summary>
    public string Index => Root + "/metadata";

    public string OperationPage(string format, string operationName) =>
        $"{Root}/{format}/metadata?op={Uri.EscapeDataString(operationName)}";

    public string NativeTypes(string language) => $"{Root}/types/{language}";
}
