using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

namespace Microsoft.ML
{
    public interface IDataView { }
    public interface ITransformer { }
    public interface IEstimator<out TTransformer> where TTransformer : ITransformer
    {
        TTransformer Fit(IDataView input);
    }
}

public sealed class Row
{
    public string Text { get; set; } = "";
    public float Label { get; set; }
}

public sealed class RowView(IReadOnlyList<Row> rows) : Microsoft.ML.IDataView
{
    public IReadOnlyList<Row> Rows { get; } = rows;
}

public sealed class ChurnModel : Microsoft.ML.ITransformer { }

public sealed class ChurnTrainer : Microsoft.ML.IEstimator<ChurnModel>
{
    public ChurnModel Fit(Microsoft.ML.IDataView input) => new ChurnModel();
}

public sealed class Subscriber
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.ModelTraining)]
    public string UsagePattern { get; set; } = "";
    public int Months { get; set; }
}

public class Churn(IConsentProvider consent, ChurnTrainer trainer)
{
    private static Row ToRow(Subscriber s) => new Row { Text = s.UsagePattern, Label = s.Months };

    public ChurnModel Unchecked(IEnumerable<Subscriber> subscribers)
    {
        var rows = subscribers.Select(ToRow).ToList();
        return trainer.Fit({|CG0001:new RowView(rows)|});
    }

    public ChurnModel Checked(IEnumerable<Subscriber> subscribers)
    {
        var rows = subscribers
            .Where(s => consent.IsGranted(s.Id, Purposes.ModelTraining))
            .Select(ToRow)
            .ToList();
        return trainer.Fit(new RowView(rows));
    }

    public ChurnModel WrongPurposeCheck(IEnumerable<Subscriber> subscribers)
    {
        var rows = subscribers
            .Where(s => consent.IsGranted(s.Id, Purposes.GenerativeTraining))
            .Select(ToRow)
            .ToList();
        return trainer.Fit({|CG0003:new RowView(rows)|});
    }

    public ChurnModel UndeclaredPurpose(IEnumerable<Member> members)
    {
        var rows = members
            .Where(m => consent.IsGranted(m.Id, Purposes.ModelTraining))
            .Select(m => new Row { Text = m.Headline, Label = m.Connections })
            .ToList();
        return trainer.Fit({|CG0002:new RowView(rows)|});
    }

    public ChurnModel PublicOnly(IEnumerable<Subscriber> subscribers)
    {
        var rows = subscribers.Select(s => new Row { Text = "", Label = s.Months }).ToList();
        return trainer.Fit(new RowView(rows));
    }

    public ChurnModel ViaInterface(Microsoft.ML.IEstimator<ChurnModel> estimator, Subscriber s) =>
        estimator.Fit({|CG0001:new RowView(new[] { ToRow(s) })|});
}
