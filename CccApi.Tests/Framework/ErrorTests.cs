using System.Net;

namespace CccApi.Tests.Framework;

[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ErrorTests : EchoHostTest
{
    [Test]
    public async Task Validation_failures_answer_400_with_the_first_code_as_reason_and_one_entry_per_field()
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", new { name = "too long", child = new { size = 1 } });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.Reason, Is.EqualTo("MaximumLength"));
        Assert.That(result.ErrorCode, Is.EqualTo("MaximumLength"));
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Is.EqualTo("The length of 'Name' must be 5 characters or fewer. You entered 8 characters."));
        Assert.That(result.ErrorFields, Is.EqualTo(new[] { "Name", "Child.Label" }));
        var first = result.Errors.First();
        Assert.That(first["meta"]!["MaxLength"]!.GetValue<string>(), Is.EqualTo("5"));
        Assert.That(first["meta"]!["TotalLength"]!.GetValue<string>(), Is.EqualTo("8"));
        Assert.That(first["meta"]!["PropertyValue"]!.GetValue<string>(), Is.EqualTo("too long"));
        Assert.That(result.Errors.Last()["errorCode"]!.GetValue<string>(), Is.EqualTo("NotEmpty"));
    }

    [Test]
    public async Task Validation_errors_use_the_operations_response_type_with_its_defaults()
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", new { name = "too long" });

        Assert.That(result.Json.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "responseStatus" }));
        Assert.That(result.ContentType!.ToString(), Is.EqualTo("application/json; charset=utf-8"));
    }

    [Test]
    public async Task A_failing_password_is_never_echoed_in_meta()
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", new { password = "short7!" });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.ErrorFields, Is.EqualTo(new[] { "Password" }));
        Assert.That(result.Body, Does.Not.Contain("short7!"));
    }

    [Test]
    public async Task An_argument_exception_is_a_400_naming_its_parameter()
    {
        var result = await Client.PostAsync("/api/failures/argument");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.Reason, Is.EqualTo("ArgumentException"));
        Assert.That(result.ErrorFields, Is.EqualTo(new[] { "Count" }));
    }

    [Test]
    public async Task Not_implemented_is_a_405()
    {
        var result = await Client.PostAsync("/api/failures/notimplemented");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(result.ErrorCode, Is.EqualTo("NotImplementedException"));
    }

    [Test]
    public async Task Unauthorized_access_is_a_403()
    {
        var result = await Client.PostAsync("/api/failures/unauthorized");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(result.ErrorCode, Is.EqualTo("UnauthorizedAccessException"));
    }

    [Test]
    public async Task An_unexpected_exception_is_a_500_that_leaks_nothing_in_production()
    {
        var result = await Client.PostAsync("/api/failures/crash");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(result.Reason, Is.EqualTo("Internal Server Error"));
        Assert.That(result.ErrorCode, Is.EqualTo("InvalidOperationException"));
        Assert.That(result.Body, Does.Not.Contain("Secret internal detail"));
        Assert.That(result.Body, Does.Not.Contain("CccApi."));
        Assert.That(result.ResponseStatus!["stackTrace"], Is.Null);
    }
}
