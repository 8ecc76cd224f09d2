using System;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard.Sqlite.Tests.Faults;

/// <summary>The in-memory provider cannot fail on its own; what it can get is bad input and a cancelled caller.</summary>
public sealed class InMemoryFaultTests
{
    private const string Gen = Purposes.GenerativeTraining;

    [Theory]
    [InlineData(null, Gen)]
    [InlineData("", Gen)]
    [InlineData("joe", null)]
    [InlineData("joe", "")]
    [InlineData("JOE", Gen)]
    [InlineData("joe", "generativetraining")]
    public async Task Bad_or_near_miss_arguments_are_not_granted_and_never_throw(string? subject, string? purpose)
    {
        var consent = new InMemoryConsentProvider();
        consent.Grant("joe", Gen);

        Assert.False(consent.IsGranted(subject!, purpose!));
        Assert.False(await consent.IsGrantedAsync(subject!, purpose!));
        Assert.Empty(consent.GetGrantedSubjects([subject!, null!, ""], purpose!));
        Assert.Empty(consent.GetGrantedSubjects(null!, Gen));
    }

    [Fact]
    public async Task A_cancelled_caller_gets_OperationCanceledException_not_an_answer()
    {
        var consent = new InMemoryConsentProvider();
        consent.Grant("joe", Gen);
        using var caller = new CancellationTokenSource();
        caller.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await consent.IsGrantedAsync("joe", Gen, caller.Token));
    }
}
