<?php
// Loads the generated DTOs (argv[2]) after the stub library (argv[1]) and exercises the request that
// argv[3] names the way JsonServiceClient does: named constructor arguments, jsonSerialize for the
// body, getTypeName/getMethod for the route, createResponse and fromMap for the answer. Prints one
// JSON line of what it saw; PHP's own errors end it with a non-zero exit.
require $argv[1];
require $argv[2];

$request = 'dtos\\' . $argv[3];
$dto = new $request(...json_decode($argv[4], true));
$response = $dto->createResponse();
if (is_object($response)) $response->fromMap(json_decode($argv[5], true));

echo json_encode([
    'implements' => array_values(class_implements($dto)),
    'typeName' => $dto->getTypeName(),
    'method' => method_exists($dto, 'getMethod') ? $dto->getMethod() : null,
    'body' => $dto->jsonSerialize(),
    'responseClass' => is_object($response) ? get_class($response) : gettype($response),
    'response' => is_object($response) ? $response->jsonSerialize() : $response,
    'returns' => array_map(fn($a) => $a->getArguments(), (new ReflectionClass($dto))->getAttributes()),
]), "\n";
