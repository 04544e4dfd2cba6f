using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>VB.NET DTOs for ServiceStack's .NET clients.</summary>
public sealed class VbNetGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.GlobalNamespace,
        KnownOptions.MakePartial,
        KnownOptions.MakeVirtual,
        KnownOptions.MakeDataContractsExtensible,
        ..HeaderOptionRuns.DotNetMembers,
        ..HeaderOptionRuns.DotNetSelection,
    ];

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "AddHandler", "AddressOf", "Alias", "And", "AndAlso", "As", "Boolean", "ByRef", "Byte", "ByVal", "Call", "Case", "Catch", "CBool", "CByte",
        "CChar", "CDate", "CDbl", "CDec", "Char", "CInt", "Class", "CLng", "CObj", "Const", "Continue", "CSByte", "CShort", "CSng", "CStr", "CType",
        "CUInt", "CULng", "CUShort", "Date", "Decimal", "Declare", "Default", "Delegate", "Dim", "DirectCast", "Do", "Double", "Each", "Else",
        "ElseIf", "End", "EndIf", "Enum", "Erase", "Error", "Event", "Exit", "False", "Finally", "For", "Friend", "Function", "Get", "GetType",
        "GetXMLNamespace", "Global", "GoSub", "GoTo", "Handles", "If", "Implements", "Imports", "In", "Inherits", "Integer", "Interface", "Is",
        "IsNot", "Let", "Lib", "Like", "Long", "Loop", "Me", "Mod", "Module", "MustInherit", "MustOverride", "MyBase", "MyClass", "Namespace",
        "Narrowing", "New", "Next", "Not", "Nothing", "NotInheritable", "NotOverridable", "Object", "Of", "On", "Operator", "Option", "Optional",
        "Or", "OrElse", "Overloads", "Overridable", "Overrides", "ParamArray", "Partial", "Private", "Property", "Protected", "Public",
        "RaiseEvent", "ReadOnly", "ReDim", "REM", "RemoveHandler", "Resume", "Return", "SByte", "Select", "Set", "Shadows", "Shared", "Short",
        "Single", "Static", "Step", "Stop", "String", "Structure", "Sub", "SyncLock", "Then", "Throw", "To", "True", "Try", "TryCast", "TypeOf",
        "UInteger", "ULong", "UShort", "Using", "Variant", "Wend", "When", "While", "Widening", "With", "WithEvents", "WriteOnly", "Xor",
    };

    public string Language => "vbnet";

    /// <summary>ServiceStack.Client ships Authenticate and AuthenticateResponse.</summary>
    public bool ClientDeclaresBuiltIns => true;

    public string ContentType => "text/plain; charset=utf-8";

    public string Generate(NativeTypesContext context)
    {
        var o = DotNetOptions.Read(context.Sent);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.VisualBasic, HeaderOptions));
        sb.Append('\n');
        var namespaces = o.Namespaces(context);
        foreach (var name in o.Imports(namespaces)) sb.Append("Imports ").Append(name).Append('\n');
        sb.Append("\nNamespace Global\n\n");
        foreach (var ns in namespaces)
        {
            sb.Append("    Namespace ").Append(ns).Append("\n\n");
            var blocks = context.DeclaredTypesByName(o.GlobalNamespace is null ? ns : null)
                .Select(t => t.IsEnum ? Enum(t) : Class(t, context, o))
                .ToList();
            sb.Append(string.Join("\n", blocks));
            sb.Append("    End Namespace\n");
        }
        sb.Append("End Namespace\n\n");
        return sb.ToString();
    }

    private static string Enum(NativeType type)
    {
        var sb = new StringBuilder();
        if (type.IsFlags) sb.Append("        <Flags>\n");
        sb.Append("        Public Enum ").Append(type.Name).Append('\n');
        foreach (var member in type.EnumMembers)
        {
            sb.Append("            ").Append(Name(member.Name));
            if (type.HasExplicitEnumValues) sb.Append(" = ").Append(member.Value);
            sb.Append('\n');
        }
        return sb.Append("        End Enum\n").ToString();
    }

    private static string Class(NativeType type, NativeTypesContext context, DotNetOptions o)
    {
        var comments = context.Options.AddDescriptionAsComments;
        var overridable = o.MakeVirtual ? "Overridable " : "";
        var sb = new StringBuilder();
        if (comments && type.Description is not null) sb.Append("        '''<Summary>\n        '''").Append(type.Description).Append("\n        '''</Summary>\n");
        foreach (var route in type.Operation?.Routes ?? []) sb.Append("        <Route(").Append(CodeText.RouteArgs(route, CodeText.VbQuote)).Append(")>\n");
        if (type.Description is not null) sb.Append("        <Api(Description:=").Append(CodeText.VbQuote(type.Description)).Append(")>\n");
        if (o.AddDataContractAttributes) sb.Append("        <DataContract>\n");
        if (o.AddGeneratedCodeAttributes) sb.Append("        <GeneratedCode(\"AddServiceStackReference\", \"").Append(context.Version).Append("\")>\n");
        sb.Append("        Public ").Append(o.MakePartial ? "Partial " : "").Append("Class ").Append(type.Name).Append('\n');
        if (context.BaseNameOf(type) is { } baseName) sb.Append("            Inherits ").Append(baseName).Append('\n');
        var implements = new List<string>();
        if (type.Operation is { } operation && o.AddReturnMarker)
            implements.Add(operation.Response is null ? "IReturnVoid" : $"IReturn(Of {TypeName(operation.Response)})");
        implements.AddRange(type.VerbMarkers);
        if (implements.Count > 0) sb.Append("            Implements ").Append(string.Join(", ", implements)).Append('\n');

        var collections = type.Properties.Where(p => p.Type.IsCollection).ToList();
        if (o.InitializeCollections && collections.Count > 0)
        {
            sb.Append("            Public Sub New()\n");
            foreach (var property in collections)
                sb.Append("                ").Append(Name(property.Name)).Append(" = ").Append(NewCollection(property.Type)).Append('\n');
            sb.Append("            End Sub\n\n");
        }

        var wasAdded = false;
        var index = 1;
        foreach (var property in type.Properties)
        {
            if (wasAdded) sb.Append('\n');
            wasAdded = false;
            if (comments && property.Description is not null)
            {
                sb.Append("            '''<Summary>\n");
                foreach (var line in CodeText.Lines(property.Description)) sb.Append("            '''").Append(line).Append('\n');
                sb.Append("            '''</Summary>\n");
                wasAdded = true;
            }
            if (o.AddDataContractAttributes)
            {
                sb.Append(o.AddIndexesToDataMembers ? $"            <DataMember(Order:={index++})>\n" : "            <DataMember>\n");
                wasAdded = true;
            }
            if (property.ApiMember is not null)
            {
                sb.Append("            <ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember, ":=", CodeText.VbQuote)).Append(")>\n");
                wasAdded = true;
            }
            sb.Append("            Public ").Append(overridable).Append("Property ").Append(Name(property.Name)).Append(" As ").Append(TypeName(property.Type)).Append('\n');
        }
        if (context.AddsResponseStatus(type))
            sb.Append("            Public ").Append(overridable).Append("Property ResponseStatus As ResponseStatus\n");
        if (context.ImplicitVersionOf(type) is { } version)
            sb.Append("            Public ").Append(overridable).Append("Property Version As Integer = ").Append(version).Append('\n');
        return sb.Append("        End Class\n").ToString();
    }

    private static string NewCollection(TypeRef type) => type.Kind == TypeRefKind.Array
        ? $"New {TypeName(type.Element!)}() {{}}"
        : $"New {TypeName(type)}";

    private static string Name(string name) => Keywords.Contains(name) ? $"[{name}]" : name;

    private static string TypeName(TypeRef type)
    {
        var name = type.Kind switch
        {
            TypeRefKind.Primitive => NativeTypeNames.VbNet.Scalar(type.Type),
            TypeRefKind.List => $"List(Of {TypeName(type.Element!)})",
            TypeRefKind.Array => $"{TypeName(type.Element!)}()",
            TypeRefKind.Dictionary => $"Dictionary(Of {TypeName(type.Key!)}, {TypeName(type.Element!)})",
            _ => type.Name,
        };
        return type.IsNullableValue ? $"Nullable(Of {name})" : name;
    }
}
