namespace CccApi.Tests.Infrastructure;

/// <summary>Starts many calls, holds each at a gate until all are waiting there, then releases them together.</summary>
public static class SimultaneousCalls
{
    public static async Task<T[]> RunAsync<T>(int count, Func<int, Task<T>> call)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = 0;
        var calls = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            Interlocked.Increment(ref waiting);
            await gate.Task;
            return await call(i);
        })).ToArray();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref waiting) < count && DateTime.UtcNow < deadline)
            await Task.Delay(5);
        gate.SetResult();
        return await Task.WhenAll(calls);
    }
}
