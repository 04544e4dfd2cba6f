namespace CccApi.ServiceInterface.Data;

/// <summary>Provider-specific steps around the migrations at start-up; both do nothing unless a provider needs them.</summary>
public interface IDatabaseInitializer
{
    /// <summary>Set-up that must happen once, before migrations run.</summary>
    Task PrepareAsync(CccDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the migrations ran (here or through the `migrate` command), before the host serves.</summary>
    Task SchemaReadyAsync(CccDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
