using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ProNet;
using ProNet.Network;

namespace ConsentGuard.Sqlite.Tests.Sample;

/// <summary>
/// The sample's jobs on a freshly seeded ledger. The expected figures come from the demo network's definition
/// (each member's country and privacy choices), not from the jobs: every member must land in exactly the bucket
/// their own choices and the EEA+CH policy put them in, and only exported members' data may reach the file.
/// </summary>
public sealed class SampleExportTests
{
    private static readonly HashSet<string> Excluded = new(Jurisdictions.EeaAndSwitzerland, StringComparer.Ordinal);

    private enum Bucket { Exported, Objected, NotNotified, NoConsent, Jurisdiction }

    /// <summary>
    /// Generative training rests on legitimate interest (the sample's LegalBases.cs): the EEA and Switzerland are excluded,
    /// Brazil is decided by consent, everyone else is exported unless they objected (turned the switch off) or the notice
    /// never reached them.
    /// </summary>
    private static Bucket ExpectedBucket(DemoNetwork network, int i) =>
        Excluded.Contains(network.CountryOf(i)) ? Bucket.Jurisdiction
        : network.CountryOf(i) == "BR" ? (network.ChoiceOf(i, Purposes.GenerativeTraining) == ConsentChoice.Granted ? Bucket.Exported : Bucket.NoConsent)
        : network.ChoiceOf(i, Purposes.GenerativeTraining) == ConsentChoice.Revoked ? Bucket.Objected
        : !network.WasNotified(i) ? Bucket.NotNotified
        : Bucket.Exported;

    [Theory]
    [InlineData(DemoNetwork.DefaultMemberCount)]
    [InlineData(3_000)] // more than two batches of the generated extension, the last one partial
    public void Export_counts_each_member_once_in_the_bucket_their_choices_and_country_put_them_in(int members)
    {
        using var run = new SampleRun();
        var (code, stdout, stderr) = run.Job("export", "--members", members.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, code);
        var network = new DemoNetwork(members);
        var buckets = Enumerable.Range(0, members).Select(i => ExpectedBucket(network, i)).ToList();
        Assert.Equal(
            (members, buckets.Count(b => b == Bucket.Exported), buckets.Count(b => b == Bucket.Objected), buckets.Count(b => b == Bucket.NotNotified),
                buckets.Count(b => b == Bucket.NoConsent), buckets.Count(b => b == Bucket.Jurisdiction)),
            (SampleRun.Figure(stdout, "members considered"), SampleRun.Figure(stdout, "exported"), SampleRun.Figure(stdout, "excluded, objected"),
                SampleRun.Figure(stdout, "excluded, not notified"), SampleRun.Figure(stdout, "excluded, no consent"), SampleRun.Figure(stdout, "excluded by jurisdiction")));
        Assert.Contains($"first run: seeded {run.Database}", stderr);
        Assert.DoesNotContain("error", stderr);
        // Every bucket is populated: the demo data exercises each path of the policy.
        Assert.All(Enum.GetValues<Bucket>(), b => Assert.Contains(b, buckets));
    }

    [Fact]
    public void The_export_file_holds_the_headlines_and_posts_of_exported_members_and_nothing_of_anyone_else()
    {
        using var run = new SampleRun();
        Assert.Equal(0, run.Job("export").ExitCode);

        var network = new DemoNetwork();
        var exported = Enumerable.Range(0, network.MemberCount).Where(i => ExpectedBucket(network, i) == Bucket.Exported).Select(DemoNetwork.IdOf).ToHashSet();
        var expected = network.Members().Where(m => exported.Contains(m.Id)).Select(m => ("headline", m.Headline))
            .Concat(network.Posts().Where(p => exported.Contains(p.AuthorId)).Select(p => ("post", p.Text)));
        var actual = run.OutputLines().Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var properties = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(new[] { "kind", "text" }, properties); // no id, name, e-mail, city or country
            return (json.RootElement.GetProperty("kind").GetString()!, json.RootElement.GetProperty("text").GetString()!);
        });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void An_objection_stops_the_next_export_at_once_and_lists_the_run_that_already_read_the_data()
    {
        using var run = new SampleRun();
        var first = run.Job("export");
        var network = new DemoNetwork();
        var member = DemoNetwork.IdOf(Enumerable.Range(0, network.MemberCount).First(i => ExpectedBucket(network, i) == Bucket.Exported && network.CountryOf(i) != "BR"));
        var runId = first.Stdout.Split('\n').Single(l => l.StartsWith("recorded as training run ", StringComparison.Ordinal)).Split(' ')[4].TrimEnd(':');

        var objection = run.Run("object", member, "--database", run.Database);
        var second = run.Job("export");

        Assert.Equal((0, 0, 0), (first.ExitCode, objection.ExitCode, second.ExitCode));
        Assert.Contains($"{member} objected to GenerativeTraining (legitimate interest, {ProNetLegalBases.Assessment})", objection.Stdout);
        Assert.Contains($"1 earlier training run(s) read their data: {runId} (GenerativeTraining, writing-assistant export)", objection.Stdout);
        Assert.Equal(SampleRun.Figure(first.Stdout, "exported") - 1, SampleRun.Figure(second.Stdout, "exported"));
        Assert.Equal(SampleRun.Figure(first.Stdout, "excluded, objected") + 1, SampleRun.Figure(second.Stdout, "excluded, objected"));
        Assert.Equal(SampleRun.Figure(first.Stdout, "excluded, no consent"), SampleRun.Figure(second.Stdout, "excluded, no consent"));
        Assert.Equal(SampleRun.Figure(first.Stdout, "excluded by jurisdiction"), SampleRun.Figure(second.Stdout, "excluded by jurisdiction"));
    }

    [Fact]
    public void A_revocation_where_consent_is_required_stops_the_next_export_at_once_and_lists_the_run_that_already_read_the_data()
    {
        using var run = new SampleRun();
        var first = run.Job("export");
        var network = new DemoNetwork();
        var member = DemoNetwork.IdOf(Enumerable.Range(0, network.MemberCount).First(i => ExpectedBucket(network, i) == Bucket.Exported && network.CountryOf(i) == "BR"));
        var runId = first.Stdout.Split('\n').Single(l => l.StartsWith("recorded as training run ", StringComparison.Ordinal)).Split(' ')[4].TrimEnd(':');

        var revoke = run.Run("revoke", member, "--database", run.Database);
        var second = run.Job("export");

        Assert.Equal((0, 0, 0), (first.ExitCode, revoke.ExitCode, second.ExitCode));
        Assert.Contains($"1 earlier training run(s) read their data: {runId} (GenerativeTraining, writing-assistant export)", revoke.Stdout);
        Assert.Equal(SampleRun.Figure(first.Stdout, "exported") - 1, SampleRun.Figure(second.Stdout, "exported"));
        Assert.Equal(SampleRun.Figure(first.Stdout, "excluded, no consent") + 1, SampleRun.Figure(second.Stdout, "excluded, no consent"));
        Assert.Equal(SampleRun.Figure(first.Stdout, "excluded by jurisdiction"), SampleRun.Figure(second.Stdout, "excluded by jurisdiction"));
    }

    [Fact]
    public void Features_and_moderation_use_only_members_who_opted_in_to_that_purpose()
    {
        using var run = new SampleRun();
        var features = run.Job("features");
        var featureLines = run.OutputLines().Count;
        var moderation = run.Job("moderation");

        var network = new DemoNetwork();
        bool Opted(string id, string purpose) => network.ChoiceOf(network.IndexOf(id), purpose) == ConsentChoice.Granted;
        var personalized = network.Members().Count(m => Opted(m.Id, Purposes.Personalization));
        var posts = network.Posts().Count(p => Opted(p.AuthorId, Purposes.ContentModeration));
        var messages = network.Messages().ToList();
        var consentedMessages = messages.Count(m => Opted(m.SenderId, Purposes.ContentModeration));

        Assert.Equal((0, 0), (features.ExitCode, moderation.ExitCode));
        Assert.Equal((network.MemberCount, personalized, personalized), (SampleRun.Figure(features.Stdout, "members considered"), SampleRun.Figure(features.Stdout, "with features"), featureLines));
        Assert.Equal((posts, messages.Count, consentedMessages), (SampleRun.Figure(moderation.Stdout, "posts included"), SampleRun.Figure(moderation.Stdout, "messages considered"), SampleRun.Figure(moderation.Stdout, "messages included")));
        Assert.Equal(posts + consentedMessages, run.OutputLines().Count);
    }

    [Fact]
    public void Progress_is_shown_per_batch_on_a_terminal_and_erased_before_the_summary()
    {
        using var run = new SampleRun();
        var terminal = run.Run(interactive: true, "export", "--members", "2500", "--database", run.Database, "--output", run.Output);
        var log = run.Job("features", "--members", "2500");

        Assert.Contains("\r  1,024 members read…\r  2,048 members read…\r" + new string(' ', 48) + "\r", terminal.Stderr);
        Assert.DoesNotContain("read…", log.Stderr);
    }

    [Theory]
    [InlineData("", "pronet: error: missing the command: export, features, moderation, suggest <id>, revoke <id> or object <id>")]
    [InlineData("train", "pronet: error: unknown command 'train': use export, features, moderation, suggest <id>, revoke <id> or object <id>")]
    [InlineData("export|--members|-5", "pronet: error: --members '-5': give a whole number from 1 to 10,000,000")]
    [InlineData("export|--members", "pronet: error: --members: missing its value")]
    [InlineData("export|--verbose", "pronet: error: unknown option '--verbose'")]
    [InlineData("export|features", "pronet: error: unexpected argument 'features'")]
    [InlineData("object", "pronet: error: object: missing the member id, e.g. pronet object m-0000042")]
    [InlineData("revoke", "pronet: error: revoke: missing the member id, e.g. pronet revoke m-0000042")]
    [InlineData("export|--database|no/such/folder/consent.db", "pronet: error: --database 'no/such/folder/consent.db': its folder does not exist")]
    public void Bad_arguments_are_one_line_and_exit_code_2(string arguments, string expected)
    {
        using var run = new SampleRun();
        var (code, stdout, stderr) = run.Run(arguments.Length == 0 ? Array.Empty<string>() : arguments.Split('|'));
        Assert.Equal(2, code);
        Assert.Equal(expected, stderr.Split('\n')[0]);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void An_unknown_member_cannot_be_revoked_and_a_ledger_that_is_not_one_is_exit_code_1_without_a_stack_trace()
    {
        using var run = new SampleRun();
        var unknown = run.Run("revoke", "m-9999999", "--database", run.Database);
        File.WriteAllText(run.Output, "this is not a database, just some text long enough to fill a header page of SQLite.");
        var corrupt = run.Run("export", "--database", run.Output, "--output", Path.Combine(Path.GetDirectoryName(run.Output)!, "x.jsonl"));

        Assert.Equal((2, "pronet: error: 'm-9999999' is not a member of the demo network (ids run from m-0000000 to m-0001999)"), (unknown.ExitCode, unknown.Stderr.Trim()));
        Assert.Equal(1, corrupt.ExitCode);
        Assert.StartsWith("pronet: error: ", corrupt.Stderr);
        Assert.DoesNotContain("   at ", corrupt.Stderr);
    }

    [Fact]
    public void The_readme_shows_real_output_of_the_export()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("<!-- sample-export:start -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- sample-export:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no sample export output");
        // The summary rows; the paths and the run id differ between machines and runs.
        var shown = readme[start..end].Split('\n').Where(l => l.StartsWith("ProNet ", StringComparison.Ordinal) || l.StartsWith("  ", StringComparison.Ordinal)).ToList();

        using var run = new SampleRun();
        var output = run.Job("export").Stdout.Split('\n').Where(l => l.StartsWith("ProNet ", StringComparison.Ordinal) || l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, shown.Count);
        Assert.Equal(output, shown);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConsentGuard.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ConsentGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
