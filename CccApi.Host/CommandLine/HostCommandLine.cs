namespace CccApi.Host.CommandLine;

/// <summary>What the first command-line argument asks of the host, decided before anything starts.</summary>
internal enum HostCommand
{
    Serve,
    Migrate,
    Admin,
    Help,
    Unknown,
}

/// <summary>
/// The host's commands. Serving takes no command word: every argument is an option (`--urls`,
/// `--Section:Key=Value`), so a first argument that is neither an option nor a command is a typo,
/// answered with the usage instead of starting a server the caller did not ask for.
/// </summary>
internal static class HostCommandLine
{
    public const string MigrateCommand = "migrate";

    public static readonly string Usage = $"""
        Usage: dotnet run --project CccApi.Host [-- <command>] [options]

        Commands:
          (none)            Serve the API (on http://127.0.0.1:5000 unless told otherwise).
          {MigrateCommand}           Apply pending database migrations and exit.
          admin create-superuser --email <address> [--password <password>]
                            Create a SuperUser, print its API key (and the password, when none was
                            given) and exit.
          help, --help, -h  Show this text.

        Options (for every command):
          --urls <url>[;<url>...]     Addresses to listen on (setting: Urls).
          --<Section>:<Key>=<value>   Any setting of appsettings.json, e.g.
                                      --Database:Provider=PostgreSql --Database:ConnectionString="Host=...".
        """;

    public static HostCommand Classify(string[] args)
    {
        if (args.Length == 0) return HostCommand.Serve;
        return args[0] switch
        {
            "help" or "--help" or "-h" => HostCommand.Help,
            MigrateCommand => HostCommand.Migrate,
            AdminCommandLine.CommandName => HostCommand.Admin,
            var first when first.StartsWith("--", StringComparison.Ordinal) => HostCommand.Serve,
            _ => HostCommand.Unknown,
        };
    }

    /// <returns>The exit code when the arguments were answered with the usage text; null to go on.</returns>
    public static int? AnswerWithUsage(string[] args, TextWriter output, TextWriter error)
    {
        switch (Classify(args))
        {
            case HostCommand.Help:
                output.WriteLine(Usage);
                return 0;
            case HostCommand.Unknown:
                error.WriteLine($"Unknown command '{args[0]}'.");
                error.WriteLine();
                error.WriteLine(Usage);
                return 2;
            default:
                return null;
        }
    }
}
