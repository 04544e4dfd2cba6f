<?php namespace ServiceStack;
// The names the generated DTOs import from the servicestack/client Composer package, declared just far
// enough for PHP to load the DTOs and run the checks in check.php; not the package's implementation.

interface IReturn { function createResponse(): mixed; }
interface IReturnVoid { function createResponse(): void; }
interface IGet {}
interface IPost {}
interface IPut {}
interface IDelete {}
interface IPatch {}
interface IMeta {}
interface IHasSessionId {}
interface IHasBearerToken {}
interface IHasVersion {}

#[\Attribute(\Attribute::TARGET_CLASS)]
class Returns { public function __construct(public string $type) {} }

class ResponseStatus { public function fromMap($o): void {} }
class ResponseError {}
class EmptyResponse {}
class IdResponse {}
class ArrayList { public static function create(array $genericArgs): array { return []; } }
class KeyValuePair2 {}
class StringResponse {}
class StringsResponse {}
class TypeContext {}

/** Hands values through unchanged: the checks convert scalars only. */
class JsonConverters
{
    public static function from($type, $value) { return $value; }
    public static function to($type, $value) { return $value; }
    public static function fromArray($type, $value) { return $value; }
    public static function toArray($type, $value) { return $value; }
    public static function context($type, array $genericArgs = []) { return $type; }
}
