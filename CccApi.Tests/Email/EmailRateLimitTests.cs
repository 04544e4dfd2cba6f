using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Email;

/// <summary>PublicSendEmailMessage's two limits: per client address (the public operations' own) and per service (in the outbox).</summary>
[NonParallelizable]
public sealed class EmailRateLimitTests
{
    [Test]
    public async Task An_address_gets_429_beyond_its_requests_per_minute()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["PublicOperations:RequestsPerAddressPerMinute"] = "2" } });
        var (service, domain) = await ServiceAsync(host);
        using var anonymous = host.CreateAnonymousClient();
        var body = new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" } };

        for (var i = 0; i < 2; i++) ApiAssert.IsOk(await anonymous.PostAsync("/api/public/email/", body));
        var refused = await anonymous.PostAsync("/api/public/email/", body);

        ApiAssert.IsError(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.That(refused.Headers.RetryAfter, Is.Not.Null);
        Assert.That(await PublicSendEmailMessageTests.OutboxAsync(service, host), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_service_gets_429_beyond_its_messages_per_hour_and_another_service_still_sends()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["Email:MessagesPerServicePerHour"] = "2" } });
        var (service, domain) = await ServiceAsync(host);
        var (other, otherDomain) = await ServiceAsync(host);
        using var anonymous = host.CreateAnonymousClient();

        for (var i = 0; i < 2; i++) ApiAssert.IsOk(await anonymous.PostAsync("/api/public/email/", new { fromEmail = $"a{i}@{domain}", to = new[] { "x@example.org" } }));
        var refused = await anonymous.PostAsync("/api/public/email/", new { fromEmail = $"b@{domain}", to = new[] { "x@example.org" } });
        var elsewhere = await anonymous.PostAsync("/api/public/email/", new { fromEmail = $"b@{otherDomain}", to = new[] { "x@example.org" } });

        ApiAssert.IsError(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
        ApiAssert.IsOk(elsewhere);
        Assert.That(await PublicSendEmailMessageTests.OutboxAsync(service, host), Has.Count.EqualTo(2));
        Assert.That(await PublicSendEmailMessageTests.OutboxAsync(other, host), Has.Count.EqualTo(1));
    }

    private static async Task<(Guid Service, string Domain)> ServiceAsync(TestHost host)
    {
        using var client = host.CreateClient();
        var given = new Scenario(client);
        var setup = await given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        return (await given.ServiceAsync(setup.Reseller, new { primaryDomain = domain }), domain);
    }
}
