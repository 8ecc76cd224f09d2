// CG0004 on a [ConsentSetting] whose getter returns nothing but `true`: granted before anyone chose, and no stored
// choice can turn it off (found by an independent probe). A getter that returns a stored value, `false`, or `true` only
// on some paths is a real setting and is not reported by this reading.
using System;
using ConsentGuard;

public class Settings
{
    [ConsentSetting(Purposes.Advertising)] public bool AlwaysOn => {|CG0004:true|};

    [ConsentSetting(Purposes.Analytics)]
    public bool AlwaysOnBlock
    {
        get { return {|CG0004:true|}; }
    }

    [ConsentSetting(Purposes.ModelTraining)]
    public bool AlwaysOnWithSetter
    {
        get => {|CG0004:true|};
        set { }
    }

    private bool _share;
    private readonly bool _legacy;

    [ConsentSetting(Purposes.Personalization)] public bool Stored { get; set; }

    [ConsentSetting(Purposes.GenerativeTraining)] public bool Never => false;

    [ConsentSetting(Purposes.ContentModeration)]
    public bool FromField
    {
        get => _share;
        set => _share = value;
    }

    [ConsentSetting(Purposes.Advertising)]
    public bool Sometimes
    {
        get
        {
            if (_legacy)
                return true;
            Func<bool> inner = () => true;
            return _share && inner();
        }
    }
}
