namespace ServiceStackCompat;

/// <summary>Verb markers: the verb a typed client uses to send a request DTO.</summary>
public interface IVerb;

public interface IGet : IVerb;

public interface IPost : IVerb;

public interface IPut : IVerb;

public interface IDelete : IVerb;

public interface IPatch : IVerb;
