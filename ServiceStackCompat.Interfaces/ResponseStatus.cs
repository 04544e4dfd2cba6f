using System.Runtime.Serialization;

namespace ServiceStackCompat;

/// <summary>The error part of every response: a code, a message and one entry per failing field.</summary>
[DataContract(Namespace = Namespaces.ServiceStackTypes)]
public class ResponseStatus
{
    public ResponseStatus() { }

    public ResponseStatus(string errorCode, string? message = null)
    {
        ErrorCode = errorCode;
        Message = message;
    }

    [DataMember(Order = 1)]
    public string? ErrorCode { get; set; }

    [DataMember(Order = 2)]
    public string? Message { get; set; }

    [DataMember(Order = 3)]
    public string? StackTrace { get; set; }

    [DataMember(Order = 4)]
    public List<ResponseError> Errors { get; set; } = [];

    [DataMember(Order = 5)]
    public Dictionary<string, string>? Meta { get; set; }
}

/// <summary>One failing field of a request.</summary>
[DataContract(Namespace = Namespaces.ServiceStackTypes)]
public class ResponseError
{
    [DataMember(Order = 1)]
    public string? ErrorCode { get; set; }

    [DataMember(Order = 2)]
    public string? FieldName { get; set; }

    [DataMember(Order = 3)]
    public string? Message { get; set; }

    [DataMember(Order = 4)]
    public Dictionary<string, string>? Meta { get; set; }
}

internal static class Namespaces
{
    /// <summary>The XML namespace ServiceStack gives its own types, which XML clients expect.</summary>
    public const string ServiceStackTypes = "http://schemas.servicestack.net/types";
}
