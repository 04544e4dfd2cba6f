using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Framework;

/// <summary>
/// Error answers carry a stack trace (and an unexpected exception its own message) only when
/// <c>ServiceHost:DebugMode</c> is set to true, as ServiceStack's DebugMode: a Development host without
/// it, which is what <c>dotnet run</c> starts, shows none, be it a 401, a validation 400 or a 500.
/// </summary>
public abstract class DebugModeTests : EchoHostTest
{
    protected override string Environment => "Development";

    /// <summary>An anonymous 401, a validation 400 and an unexpected exception's 500.</summary>
    protected async Task<ApiResult[]> ThreeErrorsAsync()
    {
        var unauthorized = await AnonymousClient.GetAsync("/api/sites");
        var invalid = await Client.PostAsync($"/api/echo/{Id:N}", new { name = "too long" });
        var crashed = await Client.PostAsync("/api/failures/crash");
        Assert.That(new[] { unauthorized.StatusCode, invalid.StatusCode, crashed.StatusCode }, Is.EqualTo(new[] { 401, 400, 500 }));
        return [unauthorized, invalid, crashed];
    }
}

[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class DevelopmentWithoutDebugModeTests : DebugModeTests
{
    [Test]
    public async Task Errors_carry_no_stack_trace_and_a_crash_no_message_of_its_own()
    {
        var errors = await ThreeErrorsAsync();

        foreach (var error in errors)
        {
            Assert.That(error.ResponseStatus!["stackTrace"], Is.Null, error.ToString());
            Assert.That(error.Body, Does.Not.Contain(".cs:line"), error.ToString());
        }
        Assert.That(errors[2].Body, Does.Not.Contain("Secret internal detail"));
    }
}

[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class DevelopmentWithDebugModeTests : DebugModeTests
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["ServiceHost:DebugMode"] = "true" };

    [Test]
    public async Task Errors_carry_their_stack_trace_and_a_crash_its_message()
    {
        var errors = await ThreeErrorsAsync();

        foreach (var error in errors)
            Assert.That(error.ResponseStatus!["stackTrace"]?.GetValue<string>(), Does.Contain("ServiceStackCompat.Pipeline.RequestDispatcher"), error.ToString());
        Assert.That(errors[2].ResponseStatus!["message"]!.GetValue<string>(), Does.Contain("Secret internal detail"));
        Assert.That(errors[2].ResponseStatus!["stackTrace"]!.GetValue<string>(), Does.Contain(nameof(ExtraApi.EchoServices)));
    }
}

/// <summary>DebugMode is the setting's, not the environment's: a Production host with it set shows the stack trace too.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ProductionWithDebugModeTests : EchoHostTest
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["ServiceHost:DebugMode"] = "true" };

    [Test]
    public async Task A_crash_carries_its_stack_trace()
    {
        var crashed = await Client.PostAsync("/api/failures/crash");

        Assert.That(crashed.StatusCode, Is.EqualTo((int)HttpStatusCode.InternalServerError));
        Assert.That(crashed.ResponseStatus!["stackTrace"]?.GetValue<string>(), Does.Contain(nameof(ExtraApi.EchoServices)));
    }
}
