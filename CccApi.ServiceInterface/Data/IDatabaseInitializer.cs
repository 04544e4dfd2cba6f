namespace CccApi.ServiceInterface.Data;

/// <summary>Provider-specific set-up that must happen once, before migrations run.</summary>
public interface IDatabaseInitializer
{
    Task PrepareAsync(CccDbContext db, CancellationToken cancellationToken);
}
