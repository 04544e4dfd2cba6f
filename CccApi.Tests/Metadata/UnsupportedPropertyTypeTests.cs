using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Metadata;

/// <summary>
/// A DTO property of a type outside the scalar table (and not a DTO class or a collection of them)
/// stops the metadata model being built, naming the DTO and the property. The DTOs here are internal
/// so that the test hosts, which load this assembly's exported types, never see them.
/// </summary>
public sealed class UnsupportedPropertyTypeTests
{
    [TestCase(typeof(DtoWithUri), "DtoWithUri.Link is a Uri")]
    [TestCase(typeof(DtoWithDateOnly), "DtoWithDateOnly.Day is a Nullable<DateOnly>")]
    [TestCase(typeof(DtoWithObject), "DtoWithObject.Anything is a Object")]
    [TestCase(typeof(DtoWithBytes), "DtoWithBytes.Content is a Byte[]")]
    [TestCase(typeof(DtoWithUriList), "DtoWithUriList.Links is a List<Uri>")]
    [TestCase(typeof(DtoWithObjectKeys), "DtoWithObjectKeys.ByChild is a Dictionary<Child, Int32>")]
    [TestCase(typeof(OuterDto), "DtoWithUri.Link is a Uri")]
    public void Start_up_names_the_dto_and_the_property(Type dto, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ShapeFactory().GetShape(dto))!;

        Assert.That(error.Message, Does.StartWith(expected + ", which a DTO cannot carry"));
        Assert.That(error.Message, Does.Contain("a scalar (String, Boolean, Int32"));
    }

    [Test]
    public void A_framework_type_cannot_be_a_request_dto()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ShapeFactory().GetShape(typeof(Uri)))!;

        Assert.That(error.Message, Does.StartWith("Uri cannot be a request or response DTO"));
    }

    internal sealed class DtoWithUri { public Uri? Link { get; set; } }

    internal sealed class DtoWithDateOnly { public DateOnly? Day { get; set; } }

    internal sealed class DtoWithObject { public object? Anything { get; set; } }

    internal sealed class DtoWithBytes { public byte[]? Content { get; set; } }

    internal sealed class DtoWithUriList { public List<Uri>? Links { get; set; } }

    internal sealed class Child { public int Size { get; set; } }

    internal sealed class DtoWithObjectKeys { public Dictionary<Child, int>? ByChild { get; set; } }

    internal sealed class OuterDto { public DtoWithUri? Inner { get; set; } }
}
