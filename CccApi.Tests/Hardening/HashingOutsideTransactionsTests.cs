using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Hardening;

/// <summary>
/// Password hashing is tens of milliseconds of CPU. Done inside a write transaction it holds the
/// database's write lock that long, and every other tenant's writes queue behind it.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class HashingOutsideTransactionsTests
{
    [Test]
    public async Task CreateService_hashes_the_system_users_password_before_its_transaction_begins()
    {
        var probe = new TransactionProbingHasher();
        await using var host = new TestHost(new TestHostOptions
        {
            ConfigureServices = services =>
            {
                services.AddHttpContextAccessor();
                services.AddSingleton<IPasswordHasher<ServiceUser>>(provider =>
                    probe.Attach(provider.GetRequiredService<IHttpContextAccessor>()));
            },
        });
        using var client = host.CreateClient();
        var setup = await new Scenario(client).ResellerWithCollectionAsync();

        var created = await client.PostAsync("/api/services", new
        {
            primaryDomain = Scenario.UniqueDomain(),
            resellerGuid = setup.Reseller,
            systemUser = new { email = "it@hashing.example.com", password = "S3cret-pass" },
        });

        ApiAssert.IsOk(created);
        Assert.That(probe.Hashes, Is.EqualTo(1));
        Assert.That(probe.HashesInsideATransaction, Is.Zero, "the password was hashed while the request's transaction was open");
    }

    /// <summary>Hashes as the real hasher does, counting the hashes made while the request's context has a transaction open.</summary>
    private sealed class TransactionProbingHasher : IPasswordHasher<ServiceUser>
    {
        private readonly PasswordHasher<ServiceUser> _inner = new();
        private IHttpContextAccessor? _accessor;
        private int _hashes;
        private int _hashesInsideATransaction;

        public int Hashes => _hashes;

        public int HashesInsideATransaction => _hashesInsideATransaction;

        public TransactionProbingHasher Attach(IHttpContextAccessor accessor)
        {
            _accessor = accessor;
            return this;
        }

        public string HashPassword(ServiceUser user, string password)
        {
            Interlocked.Increment(ref _hashes);
            var db = _accessor?.HttpContext?.RequestServices.GetRequiredService<CccDbContext>();
            if (db?.Database.CurrentTransaction is not null) Interlocked.Increment(ref _hashesInsideATransaction);
            return _inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(ServiceUser user, string hashedPassword, string providedPassword) =>
            _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
