namespace ServiceStackCompat.OpenApi;

/// <summary>
/// An API-key style credential the documents advertise (securityDefinitions in 2.0, securitySchemes
/// in 3.1) and require of every operation. The extension point for authentication: register one
/// singleton per scheme, e.g. <c>services.AddSingleton(new OpenApiSecurityScheme("ApiKey", "X-Api-Key"))</c>;
/// with none registered the documents declare no security.
/// </summary>
/// <param name="Name">The scheme's key in the document.</param>
/// <param name="ParameterName">The header or query-string name that carries the credential.</param>
/// <param name="In">"header" or "query" (the places both Swagger 2.0 and OpenAPI 3.1 allow).</param>
/// <param name="Description">What the credential is, shown by Swagger UI.</param>
public sealed record OpenApiSecurityScheme(string Name, string ParameterName, string In = "header", string? Description = null)
{
    public string In { get; } = In is "header" or "query"
        ? In
        : throw new ArgumentException($"An API key travels in a header or the query string, not '{In}'.", nameof(In));
}
