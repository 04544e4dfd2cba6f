using CccApi.Host;
using CccApi.Host.CommandLine;

if (HostCommandLine.AnswerWithUsage(args, Console.Out, Console.Error) is { } usageExitCode) return usageExitCode;

var app = CccApiApplication.CreateBuilder(args).Build();
return await CccApiApplication.RunAsync(app, args);

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
