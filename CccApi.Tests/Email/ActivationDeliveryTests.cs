using CccApi.Tests.Infrastructure;
using CccApi.Tests.ServiceUsers;

namespace CccApi.Tests.Email;

/// <summary>A new service user's activation message, as a real SMTP server (smtp4dev) receives it.</summary>
[NonParallelizable]
public sealed class ActivationDeliveryTests
{
    [Test]
    public async Task Smtp4dev_receives_a_new_service_users_activation_message_from_the_services_domain()
    {
        using var smtp = await Smtp4dev.StartAsync();
        await using var host = new TestHost(new TestHostOptions { Settings = smtp.HostSettings() });
        var (service, domain) = await SmtpDeliveryTests.ServiceAsync(host);
        using var client = host.CreateClient();
        var email = $"newcomer@{Scenario.UniqueDomain()}";

        ApiAssert.IsOk(await client.PostAsync(ServiceUserTests.Users(service),
            new { emailAddress = email, password = ServiceUserTests.Password, firstName = "Nora", lastName = "Newcomer" }));

        var received = (await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(60))).Single();
        var text = await smtp.PlainTextAsync(received["id"]!.GetValue<string>());
        var row = (await PublicSendEmailMessageTests.OutboxAsync(service, host)).Single();
        var token = ServiceUserTests.TokenIn(PublicSendEmailMessageTests.Parse(row).TextBody);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(received["to"]!.AsArray().Select(a => a!.GetValue<string>()).Single(), Does.Contain(email));
            Assert.That(received["from"]!.GetValue<string>(), Does.Contain($"no-reply@{domain}"));
            Assert.That(received["subject"]!.GetValue<string>(), Does.StartWith("Activate your"));
            Assert.That(text, Does.Contain("Hello Nora").And.Contain(token), "the token arrives as sent");
        }
    }
}
