namespace ServiceStackCompat.NativeTypes;

/// <summary>The options Python honours, read once a request.</summary>
internal sealed record PythonOptions
{
    public required IReadOnlyList<string> DefaultImports { get; init; }

    /// <summary>The @dataclass decorator, with the arguments sent in DataClass.</summary>
    public required string DataClass { get; init; }

    /// <summary>The @dataclass_json decorator, with the arguments sent in DataClassJson, else camelCase names and unknown members left out.</summary>
    public required string DataClassJson { get; init; }

    public static PythonOptions Read(SentOptions sent) => new()
    {
        DefaultImports = KnownOptions.PythonImports.Read(sent),
        DataClass = KnownOptions.DataClass.ReadNonEmpty(sent) is { } dataClass ? $"@dataclass({dataClass})" : "@dataclass",
        DataClassJson = KnownOptions.DataClassJson.ReadNonEmpty(sent) is { } dataClassJson
            ? $"@dataclass_json({dataClassJson})"
            : "@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)",
    };
}
