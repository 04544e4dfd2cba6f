using System.Reflection;
using System.Runtime.Serialization;
using ServiceStackCompat;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

/// <summary>A DTO class or enum to be written as a native type, read from the metadata model.</summary>
public sealed class NativeType
{
    internal NativeType(Type type, TypeModel? model, bool isServiceStackType, bool isBuiltInOperationType)
    {
        Type = type;
        IsServiceStackType = isServiceStackType;
        IsBuiltInOperationType = isBuiltInOperationType;
        Description = type.GetCustomAttribute<ApiAttribute>()?.Description;
        DataContract = type.GetCustomAttribute<DataContractAttribute>() is not null;
        if (type.IsEnum)
        {
            var values = Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(Convert.ToInt64).ToArray();
            EnumMembers = Enum.GetNames(type).Select((name, i) => new NativeEnumMember(name, values[i])).ToList();
            IsFlags = type.GetCustomAttribute<FlagsAttribute>() is not null;
            return;
        }
        var baseType = type.BaseType;
        if (baseType is not null && baseType != typeof(object) && !baseType.IsValueType) BaseType = baseType;
        var declared = model?.Properties.Where(p => p.Info.DeclaringType == type).Select(p => p.Info)
            ?? type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && p.SetMethod!.IsPublic && p.GetMethod!.IsPublic);
        Properties = declared.Select(p => new NativeProperty(p)).ToList();
        VerbMarkers = type.GetInterfaces()
            .Where(i => typeof(IVerb).IsAssignableFrom(i) && i != typeof(IVerb))
            .Select(i => i.Name)
            .OrderBy(VerbOrder)
            .ToList();
    }

    public Type Type { get; }

    public string Name => Type.IsGenericType ? Type.Name[..Type.Name.IndexOf('`')] : Type.Name;

    /// <summary>The type's namespace; the layer's own types are in ServiceStack's, as the clients know them.</summary>
    public string Namespace => NativeTypesContext.IsServiceStackNamespace(Type) ? NativeTypesContext.ServiceStackNamespace : Type.Namespace ?? "";

    public bool IsEnum => Type.IsEnum;

    public bool IsFlags { get; }

    public IReadOnlyList<NativeEnumMember> EnumMembers { get; } = [];

    /// <summary>True when an enum's values are not simply 0, 1, 2, ... in declaration order.</summary>
    public bool HasExplicitEnumValues => IsFlags || EnumMembers.Select((m, i) => m.Value != i).Any(differs => differs);

    /// <summary>The base DTO class, when the type derives from one.</summary>
    public Type? BaseType { get; }

    public IReadOnlyList<NativeProperty> Properties { get; } = [];

    /// <summary>IGet, IPost, ... implemented by a request DTO.</summary>
    public IReadOnlyList<string> VerbMarkers { get; } = [];

    public string? Description { get; }

    public bool DataContract { get; }

    /// <summary>A type ServiceStack's client libraries already declare (ResponseStatus, ResponseError).</summary>
    public bool IsServiceStackType { get; }

    /// <summary>
    /// The request or response DTO of one of the layer's built-in operations (Authenticate): declared like an
    /// application DTO, except in the languages whose ServiceStack client library ships it.
    /// </summary>
    public bool IsBuiltInOperationType { get; }

    /// <summary>Set when this type is the request DTO of an operation.</summary>
    public NativeOperation? Operation { get; internal set; }

    public bool IsRequest => Operation is not null;

    public bool IsResponse { get; internal set; }

    public bool HasProperty(string name) => Properties.Any(p => p.Name == name);

    private static int VerbOrder(string marker) => Array.IndexOf(Verbs, marker) is var i and >= 0 ? i : Verbs.Length;

    private static readonly string[] Verbs = ["IGet", "IPost", "IPut", "IDelete", "IPatch"];
}

public sealed record NativeEnumMember(string Name, long Value);

/// <summary>A declared property of a DTO.</summary>
public sealed class NativeProperty
{
    private static readonly NullabilityInfoContext Nullability = new();

    internal NativeProperty(PropertyInfo info)
    {
        Info = info;
        Type = TypeRef.From(info.PropertyType);
        ApiMember = info.GetCustomAttribute<ApiMemberAttribute>();
        AllowableValues = info.GetCustomAttribute<ApiAllowableValuesAttribute>();
        DataMemberOrder = info.GetCustomAttribute<DataMemberAttribute>() is { } member ? member.Order : null;
        lock (Nullability) IsNullableReference = !info.PropertyType.IsValueType && Nullability.Create(info).ReadState == NullabilityState.Nullable;
    }

    public PropertyInfo Info { get; }

    public string Name => Info.Name;

    public TypeRef Type { get; }

    public ApiMemberAttribute? ApiMember { get; }

    public ApiAllowableValuesAttribute? AllowableValues { get; }

    /// <summary>[DataMember(Order=n)] when the property declares one (ServiceStack's own types do).</summary>
    public int? DataMemberOrder { get; }

    /// <summary>A reference type declared nullable (string?), for languages that annotate nullability.</summary>
    public bool IsNullableReference { get; }

    public string? Description => ApiMember?.Description;
}

/// <summary>An operation: its request DTO, what it returns and how it is reached.</summary>
public sealed class NativeOperation(OperationModel model, NativeType request)
{
    public OperationModel Model { get; } = model;

    public NativeType Request { get; } = request;

    public string Name => Model.Name;

    /// <summary>The response type; null when the operation returns nothing.</summary>
    public TypeRef? Response { get; } = model.ResponseType is null ? null : TypeRef.From(model.ResponseType);

    public IReadOnlyList<RouteModel> Routes => Model.Routes;

    /// <summary>The verb a typed client sends: the verb marker, else the first route's first verb, else the service's only verb.</summary>
    public string? Method
    {
        get
        {
            if (Request.VerbMarkers.Count > 0) return Request.VerbMarkers[0][1..].ToUpperInvariant();
            var routeVerb = Routes.Select(r => r.Verbs?.FirstOrDefault()).FirstOrDefault(v => v is not null);
            if (routeVerb is not null) return routeVerb;
            var actions = Model.Actions.Select(a => a.Verb).Where(v => v != "ANY").ToList();
            return actions.Count > 0 ? actions[0] : null;
        }
    }

    public IEnumerable<string> Actions => Model.Actions.Select(a => a.Verb);
}
