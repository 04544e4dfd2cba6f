// The ServiceStack client types that generated C#, F# and VB.NET DTOs refer to, declared just far
// enough for the DTOs to compile. Not compiled into CccApi.Tests: the compile checks build it.
using System;
using System.Collections.Generic;

namespace ServiceStack
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
    public class RouteAttribute : Attribute
    {
        public RouteAttribute(string path) : this(path, null) { }
        public RouteAttribute(string path, string verbs) { Path = path; Verbs = verbs; }
        public string Path { get; set; }
        public string Verbs { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class)]
    public class ApiAttribute : Attribute
    {
        public string Description { get; set; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true)]
    public class ApiMemberAttribute : Attribute
    {
        public string Name { get; set; }
        public string DataType { get; set; }
        public string ParameterType { get; set; }
        public string Description { get; set; }
        public bool IsRequired { get; set; }
        public string Verb { get; set; }
        public string Route { get; set; }
        public bool ExcludeInSchema { get; set; }
    }

    public interface IReturn { }
    public interface IReturn<T> : IReturn { }
    public interface IReturnVoid : IReturn { }
    public interface IVerb { }
    public interface IGet : IVerb { }
    public interface IPost : IVerb { }
    public interface IPut : IVerb { }
    public interface IDelete : IVerb { }
    public interface IPatch : IVerb { }

    public class ResponseStatus
    {
        public string ErrorCode { get; set; }
        public string Message { get; set; }
        public string StackTrace { get; set; }
        public List<ResponseError> Errors { get; set; }
        public Dictionary<string, string> Meta { get; set; }
    }

    // ServiceStack's client library ships the built-in sign-in DTOs, so generated C# leaves them out;
    // a user's file names them through `using ServiceStack;` beside the generated DTOs' namespace.
    public class Authenticate : IReturn<AuthenticateResponse>, IPost
    {
        public string provider { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public bool? RememberMe { get; set; }
    }

    public class AuthenticateResponse
    {
        public string UserId { get; set; }
        public string SessionId { get; set; }
        public string UserName { get; set; }
        public string DisplayName { get; set; }
        public string ReferrerUrl { get; set; }
        public List<string> Roles { get; set; }
        public List<string> Permissions { get; set; }
        public ResponseStatus ResponseStatus { get; set; }
    }

    public class ResponseError
    {
        public string ErrorCode { get; set; }
        public string FieldName { get; set; }
        public string Message { get; set; }
        public Dictionary<string, string> Meta { get; set; }
    }
}

namespace ServiceStack.DataAnnotations
{
    [AttributeUsage(AttributeTargets.Property)]
    public class IgnoreAttribute : Attribute { }
}
