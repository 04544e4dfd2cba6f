using System.Net;
using System.Text.Json.Nodes;
using CccApi.Tests.ExtraApi;
using CccApi.Tests.Framework;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Metadata;

/// <summary>
/// Each type of the scalar table, through the test-only EchoScalars operation: bound from a query
/// string and a JSON body, echoed in JSON, listed on the operation page, typed in both OpenAPI
/// documents and declared in every language's native types.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ScalarTableTests : EchoHostTest
{
    private const string Query = "text=hi&flag=true&number=-5&big=9007199254740993&small=-300&octet=255&signedOctet=-128"
        + "&unsigned=4000000000&bigUnsigned=18446744073709551615&smallUnsigned=65535&ratio32=1.5&ratio64=2.25&amount=10.75"
        + "&letter=x&key=0f8fad5b-d9cb-469f-a165-70867728950e&stamp=2026-12-04T10:15:00Z&moment=2026-12-04T10:15:00%2B02:00"
        + "&span=PT1H30M&kind=Second&maybeNumber=7";

    private const string Echoed =
        """
        {"text":"hi","flag":true,"number":-5,"big":9007199254740993,"small":-300,"octet":255,"signedOctet":-128,"unsigned":4000000000,"bigUnsigned":18446744073709551615,"smallUnsigned":65535,"ratio32":1.5,"ratio64":2.25,"amount":10.75,"letter":"x","key":"0f8fad5bd9cb469fa16570867728950e","stamp":"2026-12-04T10:15:00Z","moment":"\/Date(1796372100000+0200)\/","span":"PT1H30M","kind":"Second","maybeNumber":7}
        """;

    [Test]
    public void The_test_dto_has_a_property_of_every_type_in_the_table()
    {
        var propertyTypes = typeof(EchoScalars).GetProperties().Select(p => p.PropertyType).ToHashSet();

        Assert.That(ScalarTypes.All, Is.SubsetOf(propertyTypes));
    }

    [Test]
    public async Task Each_scalar_binds_from_the_query_string_and_is_written_back()
    {
        var result = await Client.GetAsync("/api/echo-scalars?" + Query);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Body, Is.EqualTo("{\"received\":" + Echoed + "}"));
    }

    [Test]
    public async Task Each_scalar_binds_from_a_json_body_and_is_written_back()
    {
        var result = await Client.PostAsync("/api/echo-scalars", Echoed);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Body, Is.EqualTo("{\"received\":" + Echoed + "}"));
    }

    [Test]
    public async Task Each_scalar_is_listed_on_the_operation_page()
    {
        var page = await Client.Http.GetPageAsync("/api/json/metadata?op=EchoScalars");

        string[] expected =
        [
            "Text form string No", "Flag form bool No", "Number form int No", "Big form long No", "Small form short No",
            "Octet form byte No", "SignedOctet form sbyte No", "Unsigned form uint No", "BigUnsigned form ulong No",
            "SmallUnsigned form ushort No", "Ratio32 form float No", "Ratio64 form double No", "Amount form decimal No",
            "Letter form char No", "Key form Guid No", "Stamp form DateTime No", "Moment form DateTimeOffset No",
            "Span form TimeSpan No", "Kind form EchoKind No", "MaybeNumber form int? No",
        ];
        var missing = PageText.MissingInOrder(expected, page.Lines);
        Assert.That(missing, Is.Empty, () => "Missing:\n" + string.Join("\n", missing));
    }

    [TestCase("/api/openapi.json", "components", "schemas")]
    [TestCase("/api/openapi", "definitions", null)]
    public async Task Each_scalar_has_its_type_and_format_in_openapi(string path, string section, string? subsection)
    {
        var document = (await Client.GetAsync(path)).Json;
        var schemas = subsection is null ? document[section]! : document[section]![subsection]!;
        var properties = schemas["EchoScalars"]!["properties"]!.AsObject();

        var actual = properties.ToDictionary(p => p.Key, p => Describe(p.Value!));
        Assert.That(actual, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["text"] = "string", ["flag"] = "boolean", ["number"] = "integer/int32", ["big"] = "integer/int64",
            ["small"] = "integer/int32", ["octet"] = "integer/int32", ["signedOctet"] = "integer/int32",
            ["unsigned"] = "integer/int64", ["bigUnsigned"] = "integer/int64", ["smallUnsigned"] = "integer/int32",
            ["ratio32"] = "number/float", ["ratio64"] = "number/double", ["amount"] = "number/double", ["letter"] = "string",
            ["key"] = "string/uuid", ["stamp"] = "string/date-time", ["moment"] = "string/date-time", ["span"] = "string/duration",
            ["kind"] = "string", ["maybeNumber"] = "integer/int32",
        }));
    }

    [TestCaseSource(nameof(Declarations))]
    public async Task Each_scalar_is_declared_in_the_language(string language, string[] expected)
    {
        var source = await Client.Http.GetStringAsync($"/api/types/{language}?IncludeTypes=EchoScalars,EchoScalarsResponse");
        var lines = source.Split('\n').Select(line => line.Trim()).ToHashSet();

        Assert.That(lines, Is.SupersetOf(expected), source);
    }

    private static string Describe(JsonNode schema) =>
        schema["format"] is { } format ? $"{schema["type"]}/{format}" : schema["type"]!.ToString();

    public static IEnumerable<TestCaseData> Declarations()
    {
        yield return new TestCaseData("csharp", new[]
        {
            "public virtual string Text { get; set; }", "public virtual bool Flag { get; set; }", "public virtual int Number { get; set; }", "public virtual long Big { get; set; }",
            "public virtual short Small { get; set; }", "public virtual byte Octet { get; set; }", "public virtual sbyte SignedOctet { get; set; }", "public virtual uint Unsigned { get; set; }",
            "public virtual ulong BigUnsigned { get; set; }", "public virtual ushort SmallUnsigned { get; set; }", "public virtual float Ratio32 { get; set; }", "public virtual double Ratio64 { get; set; }",
            "public virtual decimal Amount { get; set; }", "public virtual char Letter { get; set; }", "public virtual Guid Key { get; set; }", "public virtual DateTime Stamp { get; set; }",
            "public virtual DateTimeOffset Moment { get; set; }", "public virtual TimeSpan Span { get; set; }", "public virtual EchoKind Kind { get; set; }", "public virtual int? MaybeNumber { get; set; }",
        }).SetArgDisplayNames("csharp");
        yield return new TestCaseData("fsharp", new[]
        {
            "member val Text:String = null with get,set", "member val Flag:Boolean = new Boolean() with get,set", "member val Number:Int32 = new Int32() with get,set", "member val Big:Int64 = new Int64() with get,set",
            "member val Small:Int16 = new Int16() with get,set", "member val Octet:Byte = new Byte() with get,set", "member val SignedOctet:SByte = new SByte() with get,set", "member val Unsigned:UInt32 = new UInt32() with get,set",
            "member val BigUnsigned:UInt64 = new UInt64() with get,set", "member val SmallUnsigned:UInt16 = new UInt16() with get,set", "member val Ratio32:Single = new Single() with get,set", "member val Ratio64:Double = new Double() with get,set",
            "member val Amount:Decimal = new Decimal() with get,set", "member val Letter:Char = new Char() with get,set", "member val Key:Guid = new Guid() with get,set", "member val Stamp:DateTime = new DateTime() with get,set",
            "member val Moment:DateTimeOffset = new DateTimeOffset() with get,set", "member val Span:TimeSpan = new TimeSpan() with get,set", "member val Kind:EchoKind = new EchoKind() with get,set", "member val MaybeNumber:Nullable<Int32> = new Nullable<Int32>() with get,set",
        }).SetArgDisplayNames("fsharp");
        yield return new TestCaseData("vbnet", new[]
        {
            "Public Overridable Property Text As String", "Public Overridable Property Flag As Boolean", "Public Overridable Property Number As Integer", "Public Overridable Property Big As Long",
            "Public Overridable Property Small As Short", "Public Overridable Property Octet As Byte", "Public Overridable Property SignedOctet As SByte", "Public Overridable Property Unsigned As UInteger",
            "Public Overridable Property BigUnsigned As ULong", "Public Overridable Property SmallUnsigned As UShort", "Public Overridable Property Ratio32 As Single", "Public Overridable Property Ratio64 As Double",
            "Public Overridable Property Amount As Decimal", "Public Overridable Property Letter As Char", "Public Overridable Property Key As Guid", "Public Overridable Property Stamp As Date",
            "Public Overridable Property Moment As DateTimeOffset", "Public Overridable Property Span As TimeSpan", "Public Overridable Property Kind As EchoKind", "Public Overridable Property MaybeNumber As Nullable(Of Integer)",
        }).SetArgDisplayNames("vbnet");
        yield return new TestCaseData("typescript", new[]
        {
            "public text: string;", "public flag: boolean;", "public number: number;", "public big: number;",
            "public small: number;", "public octet: number;", "public signedOctet: number;", "public unsigned: number;",
            "public bigUnsigned: number;", "public smallUnsigned: number;", "public ratio32: number;", "public ratio64: number;",
            "public amount: number;", "public letter: string;", "public key: string;", "public stamp: string;",
            "public moment: string;", "public span: string;", "public kind: EchoKind;", "public maybeNumber?: number;",
        }).SetArgDisplayNames("typescript");
        yield return new TestCaseData("typescript.d", new[]
        {
            "text?: string;", "flag?: boolean;", "number?: number;", "big?: number;",
            "small?: number;", "octet?: number;", "signedOctet?: number;", "unsigned?: number;",
            "bigUnsigned?: number;", "smallUnsigned?: number;", "ratio32?: number;", "ratio64?: number;",
            "amount?: number;", "letter?: string;", "key?: string;", "stamp?: string;",
            "moment?: string;", "span?: string;", "kind?: EchoKind;", "maybeNumber?: number;",
        }).SetArgDisplayNames("typescript.d");
        yield return new TestCaseData("python", new[]
        {
            "text: Optional[str] = None", "flag: bool = False", "number: int = 0", "big: int = 0",
            "small: int = 0", "octet: int = 0", "signed_octet: int = 0", "unsigned: int = 0",
            "big_unsigned: int = 0", "small_unsigned: int = 0", "ratio32: float = 0.0", "ratio64: float = 0.0",
            "amount: Decimal = decimal.Decimal(0)", "letter: Optional[str] = None", "key: Optional[str] = None", "stamp: datetime.datetime = datetime.datetime(1, 1, 1)",
            "moment: datetime.datetime = datetime.datetime(1, 1, 1)", "span: datetime.timedelta = datetime.timedelta()", "kind: Optional[EchoKind] = None", "maybe_number: Optional[int] = None",
        }).SetArgDisplayNames("python");
        yield return new TestCaseData("java", new[]
        {
            "public String text = null;", "public Boolean flag = null;", "public Integer number = null;", "public Long big = null;",
            "public Short small = null;", "public Short octet = null;", "public Byte signedOctet = null;", "public Long unsigned = null;",
            "public Long bigUnsigned = null;", "public Integer smallUnsigned = null;", "public Float ratio32 = null;", "public Double ratio64 = null;",
            "public BigDecimal amount = null;", "public String letter = null;", "public UUID key = null;", "public Date stamp = null;",
            "public Date moment = null;", "public TimeSpan span = null;", "public EchoKind kind = null;", "public Integer maybeNumber = null;",
        }).SetArgDisplayNames("java");
        yield return new TestCaseData("kotlin", new[]
        {
            "var text:String? = null", "var flag:Boolean? = null", "var number:Int? = null", "var big:Long? = null",
            "var small:Short? = null", "var octet:Short? = null", "var signedOctet:Byte? = null", "var unsigned:Long? = null",
            "var bigUnsigned:Long? = null", "var smallUnsigned:Int? = null", "var ratio32:Float? = null", "var ratio64:Double? = null",
            "var amount:BigDecimal? = null", "var letter:String? = null", "var key:UUID? = null", "var stamp:Date? = null",
            "var moment:Date? = null", "var span:TimeSpan? = null", "var kind:EchoKind? = null", "var maybeNumber:Int? = null",
        }).SetArgDisplayNames("kotlin");
        yield return new TestCaseData("swift", new[]
        {
            "public var text:String", "public var flag:Bool", "public var number:Int", "public var big:Int64",
            "public var small:Int16", "public var octet:UInt8", "public var signedOctet:Int8", "public var unsigned:UInt32",
            "public var bigUnsigned:UInt64", "public var smallUnsigned:UInt16", "public var ratio32:Float", "public var ratio64:Double",
            "public var amount:Double", "public var letter:String", "public var key:String", "public var stamp:Date",
            "public var moment:Date", "public var span:TimeInterval", "public var kind:EchoKind", "public var maybeNumber:Int?",
        }).SetArgDisplayNames("swift");
        yield return new TestCaseData("dart", new[]
        {
            "String? text;", "bool? flag;", "int? number;", "int? big;",
            "int? small;", "int? octet;", "int? signedOctet;", "int? unsigned;",
            "int? bigUnsigned;", "int? smallUnsigned;", "double? ratio32;", "double? ratio64;",
            "double? amount;", "String? letter;", "String? key;", "DateTime? stamp;",
            "DateTime? moment;", "Duration? span;", "EchoKind? kind;", "int? maybeNumber;",
        }).SetArgDisplayNames("dart");
    }
}
