namespace ServiceStackCompat;

/// <summary>Marks a request DTO; the generic form names its response type.</summary>
public interface IReturn;

/// <summary>The request DTO answers with <typeparamref name="T"/>.</summary>
public interface IReturn<T> : IReturn;

/// <summary>The request DTO answers with an empty body.</summary>
public interface IReturnVoid : IReturn;
