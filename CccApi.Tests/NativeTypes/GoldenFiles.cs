using System.Text;
using System.Text.RegularExpressions;
using CccApi.Tests.Metadata;

namespace CccApi.Tests.NativeTypes;

/// <summary>
/// The recorded /types/* answers under CccApi.Tests/NativeTypes/Golden, one file a host, language and
/// query. They pin the generators' output byte for byte so that refactoring cannot change it unseen.
/// </summary>
internal static partial class GoldenFiles
{
    /// <summary>Set to 1 to (re)write the files from the live answers instead of only comparing.</summary>
    public const string WriteVariable = "CCCAPI_WRITE_NATIVE_TYPES_GOLDEN";

    public static string Directory => Path.Combine(RepositoryFiles.Root, "CccApi.Tests", "NativeTypes", "Golden");

    public static bool Writing => Environment.GetEnvironmentVariable(WriteVariable) == "1";

    public static string PathOf(GoldenCase golden) => Path.Combine(Directory, golden.Host, golden.FileName);

    public static byte[] Read(GoldenCase golden) => File.ReadAllBytes(PathOf(golden));

    public static void Write(GoldenCase golden, byte[] bytes)
    {
        var path = PathOf(golden);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The live answer for <paramref name="golden"/> is the recorded file byte for byte (its Date line aside).</summary>
    public static async Task AssertMatchesAsync(HttpClient client, GoldenCase golden)
    {
        using var response = await client.GetAsync(golden.RequestPath);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), golden.RequestPath);
        var live = WithoutDate(await response.Content.ReadAsByteArrayAsync());
        if (Writing) Write(golden, live);
        Assert.That(File.Exists(PathOf(golden)), Is.True, $"No recorded answer {PathOf(golden)}; run with {WriteVariable}=1 to record it.");
        var recorded = Read(golden);
        // The text first, for a readable difference; then the bytes, which is what is promised.
        Assert.That(Encoding.UTF8.GetString(live), Is.EqualTo(Encoding.UTF8.GetString(recorded)), golden.RequestPath);
        Assert.That(live, Is.EqualTo(recorded), golden.RequestPath);
    }

    /// <summary>
    /// The header's "Date:" line is the time of the request, the one value that differs between runs
    /// (BaseUrl is always the test host's), so it alone is blanked, in the files and in the answers alike.
    /// </summary>
    public static byte[] WithoutDate(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return Encoding.UTF8.GetBytes(DateLine().Replace(text, "${prefix}Date: (any)", 1));
    }

    [GeneratedRegex(@"^(?<prefix>'?)Date: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
