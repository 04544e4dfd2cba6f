using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>
/// Compiles generated DTOs with the real toolchains: the .NET SDK (C#, F#, VB.NET) against a stub
/// of ServiceStack's client types, python3 -m py_compile, javac against a stub of
/// net.servicestack.client, and php -l (plus a run against a stub of the servicestack/client package). Each returns the compiler's exit code and output.
/// </summary>
internal static class Compilers
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static async Task<(int ExitCode, string Output)> DotNetAsync(string language, IReadOnlyDictionary<string, string> sources)
    {
        var dotnet = ExternalTool.Require("dotnet");
        var root = NativeTypesTool.CreateTempDirectory("dotnet-" + language);
        try
        {
            var stubs = Path.Combine(root, "stubs");
            Directory.CreateDirectory(stubs);
            File.Copy(NativeTypesTool.Stubs("ServiceStackStubs.cs"), Path.Combine(stubs, "ServiceStackStubs.cs"));
            await File.WriteAllTextAsync(Path.Combine(stubs, "Stubs.csproj"), Project("Microsoft.NET.Sdk", ""));

            var dtos = Path.Combine(root, "dtos");
            Directory.CreateDirectory(dtos);
            var (extension, extra) = language switch
            {
                "fsharp" => (".fsproj", FSharpCore() + string.Concat(sources.Keys.Select(f => $"<ItemGroup><Compile Include=\"{f}\" /></ItemGroup>"))),
                "vbnet" => (".vbproj", "<PropertyGroup><OptionStrict>Off</OptionStrict><RootNamespace></RootNamespace></PropertyGroup>"),
                _ => (".csproj", ""),
            };
            var project = Path.Combine(dtos, "Dtos" + extension);
            await File.WriteAllTextAsync(project, Project("Microsoft.NET.Sdk", extra + "<ItemGroup><ProjectReference Include=\"../stubs/Stubs.csproj\" /></ItemGroup>"));
            foreach (var (name, source) in sources) await File.WriteAllTextAsync(Path.Combine(dtos, name), source);

            return await NativeTypesTool.RunAsync(dotnet, ["build", project, "-nologo", "-v", "q", "-p:TreatWarningsAsErrors=false"], root, Timeout);
        }
        finally
        {
            NativeTypesTool.DeleteDirectory(root);
        }
    }

    public static async Task<(int ExitCode, string Output)> PythonAsync(string source)
    {
        var python = ExternalTool.Require("python3");
        var root = NativeTypesTool.CreateTempDirectory("python");
        try
        {
            var file = Path.Combine(root, "dtos.py");
            await File.WriteAllTextAsync(file, source);
            return await NativeTypesTool.RunAsync(python, ["-m", "py_compile", file], root, Timeout);
        }
        finally
        {
            NativeTypesTool.DeleteDirectory(root);
        }
    }

    public static async Task<(int ExitCode, string Output)> JavaAsync(string source)
    {
        var javac = ExternalTool.Require("javac");
        var root = NativeTypesTool.CreateTempDirectory("java");
        try
        {
            var stubs = NativeTypesTool.Stubs("java");
            var file = Path.Combine(root, "dtos.java");
            await File.WriteAllTextAsync(file, source);
            var stubSources = Directory.GetFiles(stubs, "*.java", SearchOption.AllDirectories);
            return await NativeTypesTool.RunAsync(javac, [.. stubSources, file, "-d", Path.Combine(root, "out")], root, Timeout);
        }
        finally
        {
            NativeTypesTool.DeleteDirectory(root);
        }
    }

    /// <summary>php -l: the file parses (PHP checks names only when it runs the code).</summary>
    public static async Task<(int ExitCode, string Output)> PhpLintAsync(string source)
    {
        var php = ExternalTool.Require("php");
        var root = NativeTypesTool.CreateTempDirectory("php");
        try
        {
            var file = Path.Combine(root, "dtos.php");
            await File.WriteAllTextAsync(file, source);
            return await NativeTypesTool.RunAsync(php, ["-l", file], root, Timeout);
        }
        finally
        {
            NativeTypesTool.DeleteDirectory(root);
        }
    }

    /// <summary>Runs Stubs/php/check.php on the DTOs: builds <paramref name="request"/> from JSON arguments and fills its response from JSON.</summary>
    public static async Task<(int ExitCode, string Output)> PhpRunAsync(string source, string request, string arguments, string response)
    {
        var php = ExternalTool.Require("php");
        var root = NativeTypesTool.CreateTempDirectory("php-run");
        try
        {
            var file = Path.Combine(root, "dtos.php");
            await File.WriteAllTextAsync(file, source);
            return await NativeTypesTool.RunAsync(php, [NativeTypesTool.Stubs(Path.Combine("php", "check.php")), NativeTypesTool.Stubs(Path.Combine("php", "servicestack.php")),
                file, request, arguments, response], root, Timeout);
        }
        finally
        {
            NativeTypesTool.DeleteDirectory(root);
        }
    }

    private static string Project(string sdk, string extra) =>
        $"""
        <Project Sdk="{sdk}">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>disable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <OutputType>Library</OutputType>
            <GenerateDocumentationFile>false</GenerateDocumentationFile>
          </PropertyGroup>
          {extra}
        </Project>
        """;

    /// <summary>The SDK's own FSharp.Core, so that no package has to be downloaded.</summary>
    private static string FSharpCore()
    {
        var dotnet = ExternalTool.Require("dotnet");
        var resolved = new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet;
        var sdkRoot = Path.Combine(Path.GetDirectoryName(resolved)!, "sdk");
        var core = Directory.Exists(sdkRoot)
            ? Directory.GetFiles(sdkRoot, "FSharp.Core.dll", SearchOption.AllDirectories).Where(f => f.Contains($"{Path.DirectorySeparatorChar}FSharp{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order().LastOrDefault()
            : null;
        return core is null
            ? ""
            : $"<PropertyGroup><DisableImplicitFSharpCoreReference>true</DisableImplicitFSharpCoreReference></PropertyGroup><ItemGroup><Reference Include=\"FSharp.Core\"><HintPath>{core}</HintPath></Reference></ItemGroup>";
    }
}
