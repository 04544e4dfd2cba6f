using CccApi.ServiceInterface.Infrastructure;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// Bounds how many password hashes run at once. PBKDF2 is CPU by design: unbounded, a few dozen
/// concurrent wrong-password sign-ins take every core and every other caller's requests wait behind
/// them. Beyond the bound the work is refused at once (503 with Retry-After), not queued.
/// </summary>
public sealed class PasswordCheckLimiter(IOptions<AuthenticationSettings> settings) : IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _slots = new(settings.Value.PasswordCheckConcurrency, settings.Value.PasswordCheckConcurrency);

    public int Capacity { get; } = settings.Value.PasswordCheckConcurrency;

    /// <summary>A slot, released when disposed; throws the 503 when every slot is taken.</summary>
    public Slot Enter()
    {
        if (!_slots.Wait(0))
            throw HttpError.ServiceUnavailable("Too many password checks are running; please try again shortly.", RetryAfter);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    public readonly struct Slot(SemaphoreSlim slots) : IDisposable
    {
        public void Dispose() => slots.Release();
    }
}
