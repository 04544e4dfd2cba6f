namespace ServiceStackCompat.NativeTypes;

/// <summary>Writes the DTOs of one client language (the body of /types/{Language}).</summary>
public interface INativeTypesGenerator
{
    /// <summary>The path segment: csharp, typescript, typescript.d, ...</summary>
    string Language { get; }

    string ContentType { get; }

    /// <summary>True where ServiceStack's client library for the language ships the built-in operations' DTOs (Authenticate).</summary>
    bool ClientDeclaresBuiltIns => false;

    string Generate(NativeTypesContext context);
}
