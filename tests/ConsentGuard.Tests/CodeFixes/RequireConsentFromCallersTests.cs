using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using Verify = ConsentGuard.Tests.Infrastructure.ConsentGuardCodeFixTest<ConsentGuard.CodeFixes.RequireConsentFromCallersCodeFixProvider>;

namespace ConsentGuard.Tests.CodeFixes;

/// <summary>CG0001/CG0003 "Require consent from callers": the obligation moves to the callers, who are then checked.</summary>
public sealed class RequireConsentFromCallersTests
{
    private const string Key = "ConsentGuard.RequireConsentFromCallers.GenerativeTraining";

    private const string Writer = """
        public class TrainingWriter(ICorpus corpus)
        {
            public void WriteProfile([ConsentSink(Purposes.GenerativeTraining)] string headline) => corpus.Add(headline.Trim());
        }

        """;

    [Fact]
    public Task The_parameter_the_data_came_from_becomes_a_sink_and_callers_are_judged() => Verify.VerifyAsync(Prelude.With(Writer + """
        public class Job(TrainingWriter writer)
        {
            public void Run(Member m) => writer.WriteProfile({|CG0001:m.Headline|});
        }
        public class Scheduler(Job job)
        {
            // Judged here once Run requires consent: the whole member goes to training, and its Email does not declare that purpose.
            private readonly Member _next = new();
            public void Tick() => job.Run(_next);
        }
        """), Prelude.With(Writer + """
        public class Job(TrainingWriter writer)
        {
            public void Run([ConsentSink(Purposes.GenerativeTraining)] Member m) => writer.WriteProfile(m.Headline);
        }
        public class Scheduler(Job job)
        {
            // Judged here once Run requires consent: the whole member goes to training, and its Email does not declare that purpose.
            private readonly Member _next = new();
            public void Tick() => job.Run({|CG0002:_next|});
        }
        """), Key);

    [Fact]
    public Task Followed_through_a_local_and_a_personal_parameter() => Verify.VerifyAsync(Prelude.With("""
        public class Job(ICorpus corpus)
        {
            public void Run(int count, [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] string bio, string suffix)
            {
                var text = bio + suffix;
                corpus.Add({|CG0001:text|});
            }
        }
        """), Prelude.With("""
        public class Job(ICorpus corpus)
        {
            public void Run(int count, [PersonalData, ConsentPurpose(Purposes.GenerativeTraining), ConsentSink(Purposes.GenerativeTraining)] string bio, string suffix)
            {
                var text = bio + suffix;
                corpus.Add(text);
            }
        }
        """), Key);

    [Fact]
    public Task Data_from_two_parameters_makes_the_method_a_sink() => Verify.VerifyAsync(Prelude.With("""
        public class Job(ICorpus corpus)
        {
            /// <summary>Pairs two profiles.</summary>
            public void Pair(Member a, Member b)
            {
                corpus.Add({|CG0001:a.Headline + b.Headline|});
            }
        }
        """), Prelude.With("""
        public class Job(ICorpus corpus)
        {
            /// <summary>Pairs two profiles.</summary>
            [ConsentSink(Purposes.GenerativeTraining)]
            public void Pair(Member a, Member b)
            {
                corpus.Add(a.Headline + b.Headline);
            }
        }
        """), Key);

    [Fact]
    public Task Fix_all_adds_each_attribute_once() => Verify.VerifyAsync(Prelude.With("""
        public class Job(ICorpus corpus)
        {
            public void Run(Member m)
            {
                corpus.Add({|CG0001:m.Headline|});
                corpus.Add({|CG0001:m.Headline.ToUpperInvariant()|});
            }
            public void Other(Member m) => corpus.Add({|CG0001:m.Headline|});
        }
        """), Prelude.With("""
        public class Job(ICorpus corpus)
        {
            public void Run([ConsentSink(Purposes.GenerativeTraining)] Member m)
            {
                corpus.Add(m.Headline);
                corpus.Add(m.Headline.ToUpperInvariant());
            }
            public void Other([ConsentSink(Purposes.GenerativeTraining)] Member m) => corpus.Add(m.Headline);
        }
        """), Key);

    [Fact]
    public Task Not_offered_where_callers_would_not_inherit_the_obligation() => Verify.VerifyNotOfferedAsync(Prelude.With("""
        public interface IExporter { void Export(Member m); }
        public abstract class ExporterBase { public abstract void Export(Member m); }
        public class Job(ICorpus corpus, Member current) : ExporterBase, IExporter
        {
            private readonly Member _field = new();
            // Not from a parameter: callers could not clear it.
            public void FromField() => corpus.Add({|CG0001:_field.Headline|});
            // Callers through the base class, the interface or a delegate would not see the obligation.
            public override void Export(Member m) => corpus.Add({|CG0001:m.Headline|});
            void IExporter.Export(Member m) => corpus.Add({|CG0001:m.Headline|});
            public Action<Member> Later => x => corpus.Add({|CG0001:x.Headline|});
            // A primary-constructor parameter read in a member: the constructor's callers are not this member's.
            public void FromPrimary() => corpus.Add({|CG0001:current.Headline|});
        }
        """));
}
