using System.Text;
using System.Text.RegularExpressions;
using CccApi.Tests.Metadata;

namespace CccApi.Tests.NativeTypes;

/// <summary>
/// What a real ServiceStack 8.4 host answered for /types/* (Reference/servicestack-v8.4),
/// mapped to CccApi: its namespace, its routes declared without /api, and no Date/BaseUrl values.
/// </summary>
internal static partial class ReferenceFiles
{
    /// <summary>The reference host had exactly these operations; IncludeTypes selects them from CccApi's.</summary>
    public const string SeedOperations = "CreateService.*,CreateServiceSku.*,ResellerCollectionAccess.*";

    public static readonly IReadOnlyDictionary<string, string> ByLanguage = new Dictionary<string, string>
    {
        ["csharp"] = "t03_GET_types_csharp.http",
        ["typescript"] = "t04_GET_types_typescript.http",
        ["typescript.d"] = "t05_GET_types_typescript_d.http",
        ["js"] = "t06_GET_types_js.http",
        ["python"] = "t08_GET_types_python.http",
        ["java"] = "t09_GET_types_java.http",
        ["kotlin"] = "t10_GET_types_kotlin.http",
        ["swift"] = "t11_GET_types_swift.http",
        ["dart"] = "t13_GET_types_dart.http",
        ["vbnet"] = "t14_GET_types_vbnet.http",
        ["fsharp"] = "t15_GET_types_fsharp.http",
    };

    public static string Directory => RepositoryFiles.ServiceStackReferenceDirectory;

    /// <summary>The status line and headers, and the body, of a recorded exchange.</summary>
    public static (string Headers, string Body) Read(string fileName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Directory, fileName));
        var text = Encoding.UTF8.GetString(bytes);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (text[..split], text[(split + 4)..]);
    }

    /// <summary>A generated file with the values that differ by host and time blanked and the seed selection undone.</summary>
    public static string Normalize(string source) => IncludeTypesLine().Replace(
        BaseUrlLine().Replace(DateLine().Replace(source.Replace("\r\n", "\n")
            .Replace("Ccc.Api.ServiceModel", "CccApi.ServiceModel")
            .Replace("\"/api/", "\"/"), "Date: -"), "BaseUrl: -"),
        m => m.Groups["prefix"].Value.TrimEnd('/', '#', '\'') + "IncludeTypes: -")
        .Replace("library: '127.0.0.1'", "library: 'localhost'");

    [GeneratedRegex(@"^(?<prefix>'?)Date: .*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"BaseUrl: .*$", RegexOptions.Multiline)]
    private static partial Regex BaseUrlLine();

    [GeneratedRegex(@"^(?<prefix>[/#']*)IncludeTypes: .*$", RegexOptions.Multiline)]
    private static partial Regex IncludeTypesLine();
}
