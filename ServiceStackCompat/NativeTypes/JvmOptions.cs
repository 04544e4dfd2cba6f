namespace ServiceStackCompat.NativeTypes;

/// <summary>The options the JVM languages (Java, Kotlin) honour, read once a request.</summary>
internal sealed record JvmOptions
{
    /// <summary>The package statement's package; null for none.</summary>
    public required string? Package { get; init; }

    /// <summary>The class Java nests every DTO in.</summary>
    public required string ClassName { get; init; }

    public required bool AddPropertyAccessors { get; init; }

    public required bool SettersReturnThis { get; init; }

    /// <summary>Type names written as String instead (any case).</summary>
    public required IReadOnlySet<string> TreatTypesAsStrings { get; init; }

    public required IReadOnlyList<string> DefaultImports { get; init; }

    public required bool InitializeCollections { get; init; }

    public static JvmOptions Read(SentOptions sent) => new()
    {
        Package = KnownOptions.Package.ReadNonEmpty(sent),
        ClassName = KnownOptions.JavaClassName.ReadNonEmpty(sent) ?? KnownOptions.JavaClassName.Default,
        AddPropertyAccessors = KnownOptions.AddPropertyAccessors.Read(sent),
        SettersReturnThis = KnownOptions.SettersReturnThis.Read(sent),
        TreatTypesAsStrings = new HashSet<string>(KnownOptions.TreatTypesAsStrings.Read(sent), StringComparer.OrdinalIgnoreCase),
        DefaultImports = KnownOptions.JvmImports.Read(sent),
        InitializeCollections = KnownOptions.InitializeCollections.Read(sent),
    };

    /// <summary>The default imports, and Gson's TypeToken when a response is a collection (its type is read through one).</summary>
    public IEnumerable<string> Imports(NativeTypesContext context)
    {
        var imports = DefaultImports.ToList();
        if (context.Operations.Any(op => op.Response is { IsCollection: true })) imports.Add("com.google.gson.reflect.*");
        return imports.Distinct();
    }
}
