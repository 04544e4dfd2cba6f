using System.Net;
using CccApi.ServiceInterface.Data.Configurations;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.ServiceUsers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static CccApi.Tests.Identity.IdentityWorld;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.Tests.Identity;

/// <summary>
/// PublicGetSSOUser and PublicDiscoveryServiceUser, anonymous: the services an address's user may sign in to and through
/// which proxy; an unknown address answers the same shape with none; on POST a wrong password and an unknown address are
/// the same 401, and both run a password check.
/// </summary>
public sealed class SignOnDiscoveryTests : ApiTest
{
    [Test]
    public async Task An_address_is_answered_with_its_users_services_and_the_proxy_its_pattern_chooses()
    {
        var provider = await ProviderAsync(Client);
        var (service, domain) = await ServiceAsync(Client);
        var (plain, _) = await ServiceAsync(Client);
        var email = $"pat@{domain}";
        await UserAsync(Client, service, email);
        await UserAsync(Client, plain, email);
        var staff = await ProxyAsync(Client, service, provider, new { name = "Staff sign-in", pattern = $"{{\"emailAddress\":\".*@{domain}\"}}" });
        await ProxyAsync(Client, service, provider, new { name = "Guests", pattern = "{\"userGroupType\":\"Guest\"}" });
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var found = await anonymous.GetAsync($"/api/public/sso?EmailAddress=PAT@{domain}");

        ApiAssert.IsOk(found);
        Assert.That(found.Json["count"]!.GetValue<int>(), Is.EqualTo(2));
        var results = found.Json["results"]!.AsArray();
        var sso = results.Single(r => r!["serviceGuid"]!.GetValue<string>() == service.ToString("N"))!;
        var withoutSso = results.Single(r => r!["serviceGuid"]!.GetValue<string>() == plain.ToString("N"))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sso["ssoEnabled"]!.GetValue<bool>(), Is.True);
            Assert.That(sso["ssoProxyGuid"]!.GetValue<string>(), Is.EqualTo(staff.ToString("N")));
            Assert.That(sso["ssoProxyName"]!.GetValue<string>(), Is.EqualTo("Staff sign-in"));
            Assert.That(sso["ssoProxyUrl"]!.GetValue<string>(), Does.EndWith($"?idpx={staff:N}").And.StartWith("https://portal.example.com/idp/"));
            Assert.That(sso["ssoProxyLogoutUrl"]!.GetValue<string>(), Does.Contain("/logout?idpx="));
            Assert.That(sso["emailAddress"]!.GetValue<string>(), Is.EqualTo(email));
            Assert.That(sso["isAuthenticated"]!.GetValue<bool>(), Is.False);
            Assert.That(sso["authenticators"]!.AsArray().Select(a => (a!["name"]!.GetValue<string>(), a["usedLast"]!.GetValue<bool>())),
                Is.EqualTo(new[] { ("Staff sign-in", true) }), "a Professional user: the guests' proxy is not its");
            Assert.That(withoutSso["ssoEnabled"]!.GetValue<bool>(), Is.False);
            Assert.That(withoutSso["ssoProxyGuid"], Is.Null);
            Assert.That(withoutSso["authenticators"]!.AsArray(), Is.Empty);
        }

        var narrowed = await anonymous.GetAsync($"/api/public/sso?EmailAddress={email}&ServiceGuid={plain:N}");
        Assert.That(narrowed.Json["count"]!.GetValue<int>(), Is.EqualTo(1));
        var discovery = await anonymous.GetAsync($"/api/public/discovery?EmailAddress={email}");
        Assert.That(discovery.Json["results"]!.ToJsonString(), Is.EqualTo(found.Json["results"]!.ToJsonString()), "GET /public/discovery answers as /public/sso");
    }

    [Test]
    public async Task An_unknown_address_answers_the_same_shape_with_no_services()
    {
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var unknown = await anonymous.GetAsync($"/api/public/sso?EmailAddress=nobody@{Scenario.UniqueDomain()}");

        ApiAssert.IsOk(unknown);
        Assert.That(unknown.Body, Is.EqualTo("{\"results\":[],\"count\":0}"));
        ApiAssert.IsError(await anonymous.GetAsync("/api/public/sso"), HttpStatusCode.BadRequest, "NotEmpty", "EmailAddress");
        ApiAssert.IsError(await anonymous.GetAsync("/api/public/sso?EmailAddress=not-an-address"), HttpStatusCode.BadRequest, "Email", "EmailAddress");
    }

    [Test]
    public async Task A_collection_and_a_site_given_together_must_agree()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var otherSite = await Given.SiteAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        ApiAssert.IsError(await anonymous.GetAsync($"/api/public/sso?EmailAddress=a@example.org&CollectionGuid={setup.Collection:N}&SiteGuid={otherSite:N}"),
            HttpStatusCode.BadRequest, "NotEqual", "SiteGuid");
        ApiAssert.IsOk(await anonymous.GetAsync($"/api/public/sso?EmailAddress=a@example.org&CollectionGuid={setup.Collection:N}&SiteGuid={setup.Site:N}"));
    }

    [Test]
    public async Task A_post_authenticates_against_each_service_and_a_wrong_password_is_the_unknown_addresses_401()
    {
        var (service, domain) = await ServiceAsync(Client);
        var (other, _) = await ServiceAsync(Client);
        var email = $"pat@{domain}";
        await UserAsync(Client, service, email);
        await UserAsync(Client, other, email, new { password = "another password 2" });
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var signedIn = await anonymous.PostAsync("/api/public/discovery", new { emailAddress = email, password = ServiceUserTests.Password });
        ApiAssert.IsOk(signedIn);
        var authenticated = signedIn.Json["results"]!.AsArray().ToDictionary(r => Guid.Parse(r!["serviceGuid"]!.GetValue<string>()), r => r!["isAuthenticated"]!.GetValue<bool>());
        Assert.That(authenticated, Is.EquivalentTo(new Dictionary<Guid, bool> { [service] = true, [other] = false }));

        var wrong = await anonymous.PostAsync("/api/public/discovery", new { emailAddress = email, password = "wrong password" });
        var unknown = await anonymous.PostAsync("/api/public/discovery", new { emailAddress = $"nobody@{domain}", password = "wrong password" });
        ApiAssert.IsError(wrong, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.That(unknown.Body, Is.EqualTo(wrong.Body));
        Assert.That(unknown.Status, Is.EqualTo(wrong.Status));
        ApiAssert.IsError(await anonymous.PostAsync("/api/public/discovery", new { emailAddress = email }), HttpStatusCode.BadRequest, "NotEmpty", "Password");
    }

    [Test]
    public async Task An_unknown_address_costs_a_password_check_as_a_known_one_does()
    {
        var checks = new CountingHasher();
        await using var host = new TestHost(new TestHostOptions
        {
            ConfigureServices = services => services.AddSingleton<IPasswordHasher<ServiceUserEntity>>(checks),
        });
        using var client = host.CreateClient();
        var (service, domain) = await ServiceAsync(client);
        await UserAsync(client, service, $"pat@{domain}");
        using var anonymous = host.CreateAnonymousClient();

        checks.Verified = 0;
        ApiAssert.IsError(await anonymous.PostAsync("/api/public/discovery", new { emailAddress = $"pat@{domain}", password = "wrong password" }),
            HttpStatusCode.Unauthorized, "Unauthorized");
        var forKnown = checks.Verified;
        checks.Verified = 0;
        ApiAssert.IsError(await anonymous.PostAsync("/api/public/discovery", new { emailAddress = $"nobody@{domain}", password = "wrong password" }),
            HttpStatusCode.Unauthorized, "Unauthorized");

        Assert.That((forKnown, checks.Verified), Is.EqualTo((1, 1)), "one check each: the known user's hash, then the dummy hash");
    }

    [Test]
    public async Task Lookups_are_limited_per_client_address_and_per_email_address()
    {
        await using var host = new TestHost(new TestHostOptions
        {
            Settings = { ["PublicOperations:RequestsPerAddressPerMinute"] = "5", ["PublicOperations:RequestsPerEmailPerMinute"] = "2" },
        });
        using var anonymous = host.CreateAnonymousClient();
        var domain = Scenario.UniqueDomain();
        string Sso(string local) => $"/api/public/sso?EmailAddress={local}@{domain}";

        ApiAssert.IsOk(await anonymous.GetAsync(Sso("a")));
        ApiAssert.IsOk(await anonymous.GetAsync(Sso("a")));
        var perEmail = await anonymous.GetAsync(Sso("A"));
        ApiAssert.IsError(perEmail, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.That(perEmail.ResponseStatus!["message"]!.GetValue<string>(), Does.Contain("email address"));
        ApiAssert.IsOk(await anonymous.GetAsync(Sso("b")));
        ApiAssert.IsOk(await anonymous.GetAsync(Sso("c")));
        var perAddress = await anonymous.GetAsync(Sso("d"));
        ApiAssert.IsError(perAddress, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.That(perAddress.Headers.RetryAfter, Is.Not.Null);
    }

    [Test]
    public async Task PublicGetService_shows_the_services_authenticators_and_connectors()
    {
        var provider = await ProviderAsync(Client);
        var other = await ProviderAsync(Client);
        var (service, domain) = await ServiceAsync(Client);
        using var anonymous = SharedHost.Host.CreateAnonymousClient();
        var before = await anonymous.GetAsync($"/api/public/services/{service:N}");
        Assert.That((before.Json["ssoEnabled"]!.GetValue<bool>(), before.Json["authenticators"]!.AsArray().Count), Is.EqualTo((false, 0)));

        await ProxyAsync(Client, service, provider, new { name = "Staff", pattern = $"{{\"emailAddress\":\".*@{domain}\"}}" });
        var matching = await ProxyAsync(Client, service, provider, new { name = "Files", typeGuid = IdentityTypeRows.ConnectorProxy });
        var unmatched = await ProxyAsync(Client, service, other, new { name = "Calendar", typeGuid = IdentityTypeRows.ConnectorProxy });

        var after = await anonymous.GetAsync($"/api/public/services/{service:N}");
        ApiAssert.IsOk(after);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Json["ssoEnabled"]!.GetValue<bool>(), Is.True);
            var authenticator = after.Json["authenticators"]!.AsArray().Single()!;
            Assert.That((authenticator["name"]!.GetValue<string>(), authenticator["idProviderGuid"]!.GetValue<string>(), authenticator["usedLast"]!.GetValue<bool>()),
                Is.EqualTo(("Staff", provider.ToString("N"), false)));
            Assert.That(after.Json["connectors"]!.AsArray().Select(c => (c!["idPxGuid"]!.GetValue<string>(), c["matchesAuth"]!.GetValue<bool>())),
                Is.EqualTo(new[] { (matching.ToString("N"), true), (unmatched.ToString("N"), false) }));
            Assert.That(after.Body, Does.Not.Contain(Secret).And.Not.Contain("pattern"), "anonymous: no secret, no pattern");
        }
    }

    /// <summary>ASP.NET Core Identity's hasher, counting the checks it makes.</summary>
    private sealed class CountingHasher : IPasswordHasher<ServiceUserEntity>
    {
        private readonly PasswordHasher<ServiceUserEntity> _hasher = new();
        private int _verified;

        public int Verified
        {
            get => Volatile.Read(ref _verified);
            set => Volatile.Write(ref _verified, value);
        }

        public string HashPassword(ServiceUserEntity user, string password) => _hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ServiceUserEntity user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
